#!/usr/bin/env bash
# A reading pack on a Slurm cluster: one array task per shard, then one job
# for the pack step once every shard is done.
#
#   sbatch --array=1-8 docs/pack-slurm.sh course/pack.toml /shared/packs/course
#   sbatch --dependency=afterany:JOBID --wrap \
#     "glossator pack course/pack.toml --merge /shared/packs/course"
#
# Each task annotates the readings of its shard (stable by reading id) into
# the same folder on a shared file system: each reading's files are its own
# (ID.xml, .glossator/ID.*), all written atomically, so tasks never write the
# same file. A task that fails leaves its readings' .error files; --merge
# lists them as missing and exits non-zero, and re-submitting the array
# re-annotates only the readings not done (the fingerprints say which).
#SBATCH --job-name=glossator-pack
#SBATCH --cpus-per-task=2
#SBATCH --mem-per-cpu=1200M
#SBATCH --time=01:00:00
set -euo pipefail
manifest=${1:?usage: sbatch --array=1-N pack-slurm.sh MANIFEST DIR}
dir=${2:?usage: sbatch --array=1-N pack-slurm.sh MANIFEST DIR}
: "${SLURM_ARRAY_TASK_ID:?run as an array job: sbatch --array=1-N}"
shards=${SLURM_ARRAY_TASK_COUNT:-$SLURM_ARRAY_TASK_MAX}
exec glossator pack "$manifest" --shard "$SLURM_ARRAY_TASK_ID/$shards" -o "$dir" \
  -j "${SLURM_CPUS_PER_TASK:-1}" -q
