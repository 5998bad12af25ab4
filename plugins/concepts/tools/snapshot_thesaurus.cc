// snapshot_thesaurus: reads a thesaurus file, builds its matcher and writes
// the snapshot of both (shipped_snapshot.h), which the plugin reads instead
// of parsing the thesaurus and building the matcher for every run. The build
// runs it on the shipped thesaurus (data/thesaurus.xml, the source of truth)
// and puts the result beside the plugin:
//
//   snapshot_thesaurus THESAURUS.xml OUT.bin
//
// Exit status 1, with a message naming the file, when the thesaurus is
// refused or OUT cannot be written (written atomically: OUT is then left as
// it was).
#include <cstdio>
#include <fstream>
#include <string>

#include "flat_tables.h"
#include "matcher.h"
#include "shipped_snapshot.h"
#include "thesaurus.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: snapshot_thesaurus THESAURUS.xml OUT.bin\n");
    return 2;
  }
  const std::string out = argv[2], partial = out + ".partial";
  try {
    std::string xml = concepts::ReadThesaurusFile(argv[1]);
    concepts::Thesaurus thesaurus;
    thesaurus.AddText(xml, argv[1]);
    thesaurus.Validate();
    concepts::Matcher matcher(thesaurus);
    std::string bytes = concepts::WriteSnapshot(thesaurus, matcher, concepts::HashBytes(xml));
    std::ofstream file(partial, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file.close();
    if (!file || std::rename(partial.c_str(), out.c_str()) != 0) {
      std::remove(partial.c_str());
      std::fprintf(stderr, "snapshot_thesaurus: %s: cannot be written\n", out.c_str());
      return 1;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "snapshot_thesaurus: %s\n", e.what());
    return 1;
  }
  return 0;
}
