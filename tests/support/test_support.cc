#include "test_support.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "util/sha256.h"

namespace glossator::testing {

const std::vector<std::string>& SampleNames() {
  static const std::vector<std::string> kNames = {"slides", "working-paper", "article", "column"};
  return kNames;
}

std::string SamplePdf(const std::string& name) {
  return std::string(GLOSSATOR_SOURCE_DIR) + "/samples/pdfs/" + name + ".pdf";
}

std::string ExpectedTextPath(const std::string& name) {
  return std::string(GLOSSATOR_SOURCE_DIR) + "/samples/expected/" + name + ".txt";
}

std::string SharedDir() { return GLOSSATOR_SHARED_DIR; }

namespace {

// The control texts are rendered once per build tree; the lock keeps two test
// processes (ctest -j) from rendering at the same time or reading a half-made set.
std::vector<std::string> RenderedControls(const std::string& dir) {
  std::vector<std::string> pdfs;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".pdf") pdfs.push_back(entry.path().string());
  std::sort(pdfs.begin(), pdfs.end());
  return pdfs;
}

}  // namespace

std::vector<std::string> ControlPdfs(std::string* why) {
  const std::string texts = SharedDir() + "/data/real/texts/controls";
  const std::string dir = GLOSSATOR_CONTROLS_DIR;
  auto fail = [&](const std::string& reason) {
    if (why) *why = reason;
    return std::vector<std::string>{};
  };
  if (!std::filesystem::is_directory(texts)) return fail("no control texts at " + texts);
  std::filesystem::create_directories(dir);
  const int lock = ::open((dir + "/.lock").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0644);
  if (lock < 0 || ::flock(lock, LOCK_EX) != 0) return fail("cannot lock " + dir);
  size_t texts_count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(texts))
    if (entry.path().extension() == ".md") ++texts_count;
  std::vector<std::string> pdfs = RenderedControls(dir);
  std::string reason;
  if (pdfs.size() != texts_count) {
    CommandResult r = RunCommand(
        "python3 " +
        ShellQuote(std::string(GLOSSATOR_SOURCE_DIR) + "/tests/real/render_controls.py") + " " +
        ShellQuote(dir) + " " + ShellQuote(texts));
    pdfs = RenderedControls(dir);
    if (r.exit_code != 0 || pdfs.size() != texts_count) {
      reason = "render_controls.py failed: " + r.output;
      pdfs.clear();
    }
  }
  ::flock(lock, LOCK_UN);
  ::close(lock);
  if (pdfs.empty()) return fail(reason);
  return pdfs;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

FileSnapshot::FileSnapshot(const std::string& path) : path_(path) {
  Result<std::string> sha = Sha256OfFile(path);
  sha256_ = sha.ok() ? *sha : "unreadable";
  struct stat st {};
  if (stat(path.c_str(), &st) == 0) {
    mtime_sec_ = st.st_mtim.tv_sec;
    mtime_nsec_ = st.st_mtim.tv_nsec;
  }
}

std::string FileSnapshot::Changes() const {
  std::string changes;
  Result<std::string> sha = Sha256OfFile(path_);
  if (!sha.ok() || *sha != sha256_) changes += path_ + ": its bytes changed. ";
  struct stat st {};
  if (stat(path_.c_str(), &st) != 0) return changes + path_ + ": gone.";
  if (st.st_mtim.tv_sec != mtime_sec_ || st.st_mtim.tv_nsec != mtime_nsec_) {
    changes += path_ + ": its modification time changed.";
  }
  return changes;
}

size_t EntriesIn(const std::string& dir) {
  size_t entries = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) entries += e.exists();
  return entries;
}

Result<std::shared_ptr<const Pipeline>> PipelineOf(const std::string& plugin_dir,
                                                   const std::string& plugin) {
  PipelineOptions options;
  options.plugin_dirs = {plugin_dir};
  options.use_environment = false;
  options.use_installed_dir = false;
  options.only = {plugin};
  return Pipeline::Create(options);
}

std::string ShellQuote(const std::string& s) { return "'" + s + "'"; }

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "glossator-test-XXXXXX").string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  path_ = mkdtemp(buf.data());
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

CommandResult RunCommand(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen(("( " + command + " ) 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) result.output.append(buf.data(), n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> tokens;
  std::istringstream in(text);
  std::string t;
  while (in >> t) tokens.push_back(t);
  return tokens;
}

TokenScore CompareTokens(const std::string& expected, const std::string& produced) {
  std::vector<std::string> a = Tokens(expected), b = Tokens(produced);
  TokenScore score;
  score.expected = a.size();
  score.produced = b.size();
  // LCS by dynamic programming over a band would be faster; the samples are
  // small enough (under 10,000 tokens) for the plain table on 16-bit cells.
  size_t n = a.size(), m = b.size();
  std::vector<std::vector<uint16_t>> lcs(n + 1, std::vector<uint16_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  score.matched = lcs[0][0];
  size_t i = 0, j = 0;
  while ((i < n || j < m) && score.differences.size() < 2000) {
    if (i < n && j < m && a[i] == b[j]) {
      ++i, ++j;
      continue;
    }
    std::string exp, got;
    while (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1]) && !(j < m && a[i] == b[j])) {
      exp += (exp.empty() ? "" : " ") + a[i++];
    }
    while (j < m && !(i < n && a[i] == b[j])) got += (got.empty() ? "" : " ") + b[j++];
    score.differences.push_back("expected [" + exp + "] got [" + got + "]");
  }
  return score;
}

namespace {

void CollectTeiText(const pugi::xml_node& node, std::string* out) {
  static const std::set<std::string> kBlocks = {
      "body", "back",     "front", "div",    "head", "p",        "list",      "item",
      "bibl", "listBibl", "note",  "figure", "ab",   "docTitle", "titlePart", "docAuthor"};
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata) {
      *out += child.value();
    } else if (child.type() == pugi::node_element) {
      bool block = kBlocks.count(child.name()) > 0;
      if (block) *out += ' ';
      CollectTeiText(child, out);
      if (block) *out += ' ';
    }
  }
}

}  // namespace

std::string TeiText(const pugi::xml_node& node) {
  std::string out;
  CollectTeiText(node, &out);
  return out;
}

std::string WithoutMachineIds(const std::string& xml) {
  static const std::regex kMachineId(R"( xml:id="gl\.[0-9a-f]{12}(_[0-9]+)?")");
  return std::regex_replace(xml, kMachineId, "");
}

}  // namespace glossator::testing
