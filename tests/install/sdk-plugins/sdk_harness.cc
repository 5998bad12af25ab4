// Runs the two plugins built here with the installed harness
// (glossator/plugin_testing.h) on a text and checks what they marked.
//   sdk_harness LIBMARKER-C.so LIBMARKER-CPP.so
// Exit status 0 when both marked what they should, 1 otherwise (saying why).
#include <cstdio>
#include <string>
#include <vector>

#include "glossator/plugin_testing.h"

namespace pt = glossator::plugin_testing;

namespace {

constexpr char kText[] =
    "# Notes\n\nThe analyst saw the transference grow.\n\nLater the analyst named the "
    "transference, and the patient’s reply.";

bool Expect(bool ok, const std::string& what) {
  std::printf("%s: %s\n", ok ? "ok" : "FAILED", what.c_str());
  return ok;
}

bool Check(const std::string& file, const std::string& type, const std::string& word,
           const std::vector<std::string>& settings, const std::string& note) {
  pt::HarnessOptions options;
  options.settings = settings;
  auto harness = pt::PluginHarness::Load(file, options);
  if (!harness.ok()) return Expect(false, file + ": " + harness.status().message());
  pt::PluginOutput out = harness->RunOnText(kText);
  bool ok = Expect(out.problems.empty(),
                   type + ": no problems" + (out.problems.empty() ? "" : ": " + out.problems[0]));
  ok &= Expect(out.TextsOf(type) == std::vector<std::string>{word, word},
               type + ": marks \"" + word + "\" twice (" + std::to_string(out.annotations.size()) +
                   " annotations)");
  if (!note.empty() && !out.annotations.empty())
    ok &= Expect(out.annotations[0].Attribute("note") == note, type + ": note " + note);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: sdk_harness LIBMARKER-C.so LIBMARKER-CPP.so\n");
    return 2;
  }
  bool ok = Check(argv[1], "marker-c:mark", "transference", {}, "");
  ok &= Check(argv[2], "marker-cpp:mark", "analyst", {"marker-cpp.note=a", "marker-cpp.note=b"},
              "a+b");
  return ok ? 0 : 1;
}
