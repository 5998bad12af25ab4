"""What the sample generators share: their command line and LibreOffice."""

import argparse
import os
import shutil
import subprocess
import tempfile


def arguments(description):
    """Parses --out and --expected and makes both directories."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", required=True, help="directory for the PDF")
    ap.add_argument("--expected", required=True, help="directory for the expected text")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.expected, exist_ok=True)
    return args


def libreoffice_to_pdf(source_text, suffix, pdf_path):
    """Writes a flat OpenDocument (suffix ".fodt" or ".fodp") and exports it
    to pdf_path with headless LibreOffice, in a throw-away profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found (apt-get install libreoffice-writer-nogui "
                         "libreoffice-impress-nogui hyphen-en-us)")
    stem = os.path.splitext(os.path.basename(pdf_path))[0]
    with tempfile.TemporaryDirectory(prefix="glossator-lo-") as tmp:
        src = os.path.join(tmp, stem + suffix)
        with open(src, "w", encoding="utf-8") as f:
            f.write(source_text)
        outdir = os.path.join(tmp, "out")
        os.makedirs(outdir)
        cmd = [soffice, "-env:UserInstallation=file://" + os.path.join(tmp, "profile"),
               "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir, src]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              universal_newlines=True, timeout=900)
        produced = os.path.join(outdir, stem + ".pdf")
        if proc.returncode != 0 or not os.path.exists(produced):
            raise SystemExit("soffice failed (%d):\n%s" % (proc.returncode, proc.stdout))
        os.makedirs(os.path.dirname(os.path.abspath(pdf_path)), exist_ok=True)
        shutil.move(produced, pdf_path)
