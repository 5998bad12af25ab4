#include "layout/bidi.h"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>

namespace glossator::layout {
namespace {

enum class Strong { kNone, kLeftToRight, kRightToLeft };

Strong StrongOf(UChar32 c) {
  switch (u_charDirection(c)) {
    case U_RIGHT_TO_LEFT:
    case U_RIGHT_TO_LEFT_ARABIC:
      return Strong::kRightToLeft;
    case U_LEFT_TO_RIGHT:
      return Strong::kLeftToRight;
    default:
      return Strong::kNone;
  }
}

// Whether a visual line runs right to left. A paragraph's direction is that
// of its first strong letter in reading order, which a right-to-left line
// shows at its right end and a left-to-right one at its left end. So when
// the line's two ends agree, they decide: `)45 'מע ,1912 ,Winnicott ואר(`
// is right to left although Latin letters are the most. When they disagree
// (an English line ending in a Hebrew word, a Hebrew line ending in a Latin
// name) the letters most numerous decide, and a tie goes right to left: a
// line as Hebrew as it is Latin is Hebrew prose citing Latin names.
bool LineRunsRightToLeft(const icu::UnicodeString& visual) {
  Strong leftmost = Strong::kNone, rightmost = Strong::kNone;
  size_t rtl_letters = 0, ltr_letters = 0;
  for (int32_t i = 0; i < visual.length(); i = visual.moveIndex32(i, 1)) {
    Strong s = StrongOf(visual.char32At(i));
    if (s == Strong::kNone) continue;
    if (leftmost == Strong::kNone) leftmost = s;
    rightmost = s;
    (s == Strong::kRightToLeft ? rtl_letters : ltr_letters) += 1;
  }
  if (leftmost == rightmost) return leftmost == Strong::kRightToLeft;
  return rtl_letters >= ltr_letters;
}

bool HasRightToLeft(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    if (StrongOf(text.char32At(i)) == Strong::kRightToLeft) return true;
  }
  return false;
}

// The clusters of a text: a character with the combining marks after it
// (and both halves of a surrogate pair). ICU reverses a right-to-left run
// unit by unit, which would put a mark before its letter; clusters are put
// back together after.
struct Clusters {
  std::vector<int32_t> of;     // for each UTF-16 unit, the index of its cluster
  std::vector<int32_t> start;  // for each cluster, its first unit; then the text's length
};

Clusters ClustersOf(const icu::UnicodeString& text) {
  Clusters clusters;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    bool mark = (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
    if (!mark || clusters.start.empty()) clusters.start.push_back(i);
    int32_t next = text.moveIndex32(i, 1);
    for (; i < next; ++i) clusters.of.push_back(static_cast<int32_t>(clusters.start.size()) - 1);
  }
  clusters.start.push_back(text.length());
  return clusters;
}

struct BidiCloser {
  void operator()(UBiDi* bidi) const { ubidi_close(bidi); }
};

// The order in which to read the units of visual: for each position in
// reading order, the index of the unit of visual that goes there. Empty when
// ICU fails (the line is then left as it stands).
std::vector<int32_t> ReadingOrder(const icu::UnicodeString& visual, bool right_to_left) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, BidiCloser> bidi(ubidi_open());
  if (!bidi) return {};
  // The inverse algorithm that is the regular one run backwards: numbers
  // behave as they do when text is laid out, which is how the PDF's producer
  // laid them out.
  ubidi_setReorderingMode(bidi.get(), UBIDI_REORDER_INVERSE_LIKE_DIRECT);
  ubidi_setPara(bidi.get(), visual.getBuffer(), visual.length(), right_to_left ? 1 : 0, nullptr,
                &status);
  if (U_FAILURE(status)) return {};
  // In inverse mode ICU's "logical" text is our visual input and its
  // "visual" map is our reading order.
  std::vector<int32_t> order(static_cast<size_t>(ubidi_getResultLength(bidi.get())));
  ubidi_getVisualMap(bidi.get(), order.data(), &status);
  if (U_FAILURE(status)) return {};
  return order;
}

// A word of the result: its text and the input word it takes its box from.
struct ReadWord {
  icu::UnicodeString text;
  int32_t source = -1;
};

// Walks visual in reading order and cuts it into words at the separators
// (units whose owner is -1); every other unit's owner is the index of the
// input word it came from. A cluster is written whole, in its own order.
std::vector<ReadWord> ReadInOrder(const icu::UnicodeString& visual,
                                  const std::vector<int32_t>& owner,
                                  const std::vector<int32_t>& order) {
  Clusters clusters = ClustersOf(visual);
  std::vector<bool> written(clusters.start.size());
  std::vector<ReadWord> words(1);
  for (int32_t index : order) {
    if (index < 0 || index >= visual.length()) continue;  // UBIDI_MAP_NOWHERE: no source unit
    auto cluster = static_cast<size_t>(clusters.of[static_cast<size_t>(index)]);
    if (written[cluster]) continue;  // written whole where its first unit was met
    written[cluster] = true;
    int32_t word = owner[static_cast<size_t>(index)];
    if (word < 0) {  // a separator
      if (!words.back().text.isEmpty()) words.emplace_back();
      continue;
    }
    if (words.back().source < 0) words.back().source = word;
    int32_t start = clusters.start[cluster];
    words.back().text.append(visual, start, clusters.start[cluster + 1] - start);
  }
  if (words.back().text.isEmpty()) words.pop_back();
  return words;
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

void ToLogicalOrder(std::vector<LineWord>* words) {
  // Most lines are ASCII, and no right-to-left letter is.
  bool ascii = std::all_of(words->begin(), words->end(), [](const LineWord& w) {
    return std::all_of(w.text.begin(), w.text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  });
  if (ascii) return;
  // The line as it stands, one separator between words; owner[i] is the word
  // unit i belongs to, -1 for a separator.
  icu::UnicodeString visual;
  std::vector<int32_t> owner;
  for (size_t w = 0; w < words->size(); ++w) {
    if (w > 0) {
      visual.append(static_cast<UChar>(u' '));
      owner.push_back(-1);
    }
    icu::UnicodeString word = icu::UnicodeString::fromUTF8((*words)[w].text);
    visual.append(word);
    owner.insert(owner.end(), static_cast<size_t>(word.length()), static_cast<int32_t>(w));
  }
  if (!HasRightToLeft(visual)) return;
  std::vector<int32_t> order = ReadingOrder(visual, LineRunsRightToLeft(visual));
  if (order.empty()) return;
  std::vector<LineWord> read;
  for (ReadWord& w : ReadInOrder(visual, owner, order)) {
    LineWord word = (*words)[static_cast<size_t>(w.source)];
    word.text = ToUtf8(w.text);
    read.push_back(std::move(word));
  }
  *words = std::move(read);
}

std::string WordInReadingOrder(const std::string& utf8) {
  std::vector<LineWord> words(1);
  words[0].text = utf8;
  ToLogicalOrder(&words);
  return words.size() == 1 ? words[0].text : utf8;
}

}  // namespace glossator::layout
