// concepts_bench: how fast the concepts matcher is.
//
//   concepts_bench [THESAURUS.xml] [MEGABYTES] [RUNS]
//
// Prints the load time of the shipped thesaurus (parse, validate, build the
// matcher; median of 11 loads), then the matching throughput in MB/s on one
// core over generated text (MEGABYTES, default 50, in blocks of ~150 words
// drawn from the words of the sample PDFs, through `glossator text`), with
// the shipped thesaurus and with a generated one of 20,000 distinct terms
// (three in ten an invented word, the others two or three of the samples'
// words; a tenth ambiguous with a context rule). Each is run on two
// texts: words drawn with their frequencies in the samples, and drawn
// uniformly from the distinct words (see Texts).
//
// Each figure is the median of RUNS (default 5) runs, each with a fresh
// matcher (empty caches), with the slowest and fastest run beside it: a
// shared machine's noise moves single runs by a fifth. The same runs of the
// tokenizer alone (case folding included) over the same text are the
// reference: "x tokenize" is the matcher's time over the tokenizer's, a ratio
// that moves much less with the machine than MB/s does.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "matcher.h"
#include "thesaurus.h"
#include "tokenizer.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// This thread's CPU time in seconds: throughput "per core" is bytes over CPU
// time, which other processes sharing the machine do not inflate.
double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// The words (as written) of the sample PDFs' text: every occurrence in
// *running (so drawing from it follows the words' natural frequencies), and
// each distinct word once in the result.
std::vector<std::string> SampleWords(std::vector<std::string>* running) {
  std::vector<std::string> words;
  std::unordered_set<std::string> seen;
  for (const auto& entry : std::filesystem::directory_iterator(CONCEPTS_SAMPLES)) {
    if (entry.path().extension() != ".pdf") continue;
    std::string command = std::string("'") + CONCEPTS_GLOSSATOR + "' text '" +
                          entry.path().string() + "' 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) continue;
    std::string text;
    char buffer[65536];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
    pclose(pipe);
    concepts::Tokens tokens;
    concepts::Tokenize(text, &tokens);
    for (const concepts::Token& t : tokens.tokens) {
      std::string w = text.substr(t.begin, t.end - t.begin);
      running->push_back(w);
      if (seen.insert(w).second) words.push_back(w);
    }
  }
  if (words.empty()) words = {"the", "patient", "transference", "frame", "session", "of"};
  if (running->empty()) *running = words;
  return words;
}

std::vector<std::string> MakeBlocks(const std::vector<std::string>& words, size_t bytes) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> length(60, 240), punct(0, 11);
  std::vector<std::string> blocks;
  size_t total = 0;
  while (total < bytes) {
    std::string block;
    for (int n = length(rng), i = 0; i < n; ++i) {
      if (i > 0) block += punct(rng) == 0 ? ", " : punct(rng) == 1 ? "-" : " ";
      block += words[pick(rng)];
    }
    block += '.';
    total += block.size();
    blocks.push_back(std::move(block));
  }
  return blocks;
}

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : std::string(1, c);
  return out;
}

std::string GeneratedThesaurus(const std::vector<std::string>& words, size_t terms) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> shape(0, 9), letter('a', 'z');
  std::string xml = "<TEI><taxonomy xml:id=\"concepts\">\n";
  std::unordered_set<std::string> labels;  // folded: a label belongs to one concept
  for (size_t i = 0; i < terms; ++i) {
    std::string label;
    do {
      label.clear();
      if (shape(rng) < 3) {  // an invented word
        for (int k = 0; k < 10; ++k) label += static_cast<char>(letter(rng));
      } else {
        label = words[pick(rng)] + " " + words[pick(rng)];
        if (shape(rng) >= 7) label += " " + words[pick(rng)];  // 3 in 10 of these
      }
    } while (!labels.insert(concepts::FoldCase(label)).second);
    bool ambiguous = i % 10 == 0;
    xml += "<category xml:id=\"g." + std::to_string(i) + "\"><catDesc><term" +
           (ambiguous ? " subtype=\"ambiguous\"" : "") + ">" + Escape(label) + "</term>";
    if (ambiguous) {
      xml += "<note type=\"rule\" subtype=\"context\" n=\"10\">" + Escape(words[pick(rng)]) + " " +
             Escape(words[pick(rng)]) + "</note>";
    }
    xml += "</catDesc></category>\n";
  }
  return xml + "</taxonomy></TEI>\n";
}

// Two texts: words drawn with their frequencies in the samples (as text
// reads), and drawn uniformly from the distinct words (a harsher case: every
// rare word as common as "the", so the caches of words and pairs help less).
struct Texts {
  std::vector<std::string> natural, uniform;
};

// The CPU seconds of runs calls of f(setup()), sorted; setup is not timed.
template <typename Setup, typename F>
std::vector<double> TimeRuns(int runs, Setup setup, F f) {
  std::vector<double> seconds;
  for (int r = 0; r < runs; ++r) {
    auto state = setup();
    double cpu = CpuSeconds();
    f(*state);
    seconds.push_back(CpuSeconds() - cpu);
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds;
}

double Median(const std::vector<double>& sorted) { return sorted[sorted.size() / 2]; }

size_t Bytes(const std::vector<std::string>& blocks) {
  size_t bytes = 0;
  for (const std::string& b : blocks) bytes += b.size();
  return bytes;
}

void Run(const char* name, const concepts::Thesaurus& thesaurus, const Texts& texts, int runs) {
  auto start = Clock::now();
  concepts::Matcher matcher(thesaurus);
  double build = Seconds(start);
  std::printf("%s: %zu categories, matcher built in %.1f ms\n", name, thesaurus.categories().size(),
              build * 1e3);
  for (const auto& [kind, blocks] :
       {std::pair{"natural frequencies", &texts.natural}, {"uniform vocabulary", &texts.uniform}}) {
    size_t mentions = 0;
    std::vector<double> match = TimeRuns(
        runs,
        // A fresh matcher for each run: its caches start empty.
        [&] { return std::make_unique<concepts::Matcher>(thesaurus); },
        [&](concepts::Matcher& fresh) {
          mentions = 0;
          for (const std::string& b : *blocks) mentions += fresh.Match(b).size();
        });
    std::vector<double> tokenize = TimeRuns(
        runs, [] { return std::make_unique<concepts::Tokens>(); },
        [&](concepts::Tokens& tokens) {
          for (const std::string& b : *blocks) concepts::Tokenize(b, &tokens);
        });
    double mb = static_cast<double>(Bytes(*blocks)) / 1e6;
    std::printf(
        "  %-20s %5.1f MB/s per core (runs %.1f-%.1f), %4.1f x tokenize  (%.0f MB, %zu "
        "mentions)\n",
        kind, mb / Median(match), mb / match.back(), mb / match.front(),
        Median(match) / Median(tokenize), mb, mentions);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string shipped = argc > 1 ? argv[1] : CONCEPTS_THESAURUS;
  size_t megabytes = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 50;
  int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  std::vector<std::string> running;
  std::vector<std::string> words = SampleWords(&running);
  Texts texts{MakeBlocks(running, megabytes * 1000000), MakeBlocks(words, megabytes * 1000000)};
  std::printf("%zu sample words, %zu distinct; %zu blocks of text each; median of %d runs\n",
              running.size(), words.size(), texts.natural.size(), runs);

  if (std::filesystem::exists(shipped)) {
    std::vector<double> loads;
    for (int r = 0; r < 11; ++r) {
      auto start = Clock::now();
      concepts::Thesaurus thesaurus;
      thesaurus.AddFile(shipped);
      thesaurus.Validate();
      concepts::Matcher matcher(thesaurus);
      loads.push_back(Seconds(start));
    }
    std::sort(loads.begin(), loads.end());
    std::printf(
        "load of the shipped thesaurus (parse + validate + matcher): %.1f ms (median of 11, "
        "%.1f-%.1f)\n",
        Median(loads) * 1e3, loads.front() * 1e3, loads.back() * 1e3);
    concepts::Thesaurus thesaurus;
    thesaurus.AddFile(shipped);
    thesaurus.Validate();
    Run("shipped thesaurus", thesaurus, texts, runs);
  } else {
    std::printf("no shipped thesaurus at %s\n", shipped.c_str());
  }
  concepts::Thesaurus generated;
  auto start = Clock::now();
  generated.AddText(GeneratedThesaurus(words, 20000), "generated.xml");
  generated.Validate();
  std::printf("load of the generated thesaurus (parse + validate): %.1f ms\n",
              Seconds(start) * 1e3);
  Run("generated 20,000 terms", generated, texts, runs);
  return 0;
}
