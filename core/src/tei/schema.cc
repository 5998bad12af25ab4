#include "tei/schema.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "tei/xml_util.h"
#include "text/normalize.h"

namespace glossator::tei {
namespace {

// The datatypes of the attributes below (as tei_all defines them).
enum class Kind {
  kString,    // any text
  kWord,      // teidata.word
  kWords,     // a list of one or more teidata.word
  kPointer,   // one anyURI
  kPointers,  // a list of one or more anyURI
  kDate,      // teidata.temporal.w3c
  kLanguage,  // teidata.language: xsd:language or ""
  kId,        // xml:id: an NCName (uniqueness is the caller's)
  kEnum,      // one of a closed list of values
};

struct AttributeRule {
  Kind kind;
  std::vector<std::string> values;  // kEnum
};

using AttributeRules = std::map<std::string, AttributeRule, std::less<>>;

// "name:KIND name:KIND ...", KIND one of S W W+ P P+ D L ID, or a|b|c for an
// enumeration.
void AddRules(const char* spec, AttributeRules& rules) {
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    size_t colon = item.rfind(':');
    std::string name = item.substr(0, colon), kind = item.substr(colon + 1);
    AttributeRule rule{Kind::kString, {}};
    if (kind == "S") {
      rule.kind = Kind::kString;
    } else if (kind == "W") {
      rule.kind = Kind::kWord;
    } else if (kind == "W+") {
      rule.kind = Kind::kWords;
    } else if (kind == "P") {
      rule.kind = Kind::kPointer;
    } else if (kind == "P+") {
      rule.kind = Kind::kPointers;
    } else if (kind == "D") {
      rule.kind = Kind::kDate;
    } else if (kind == "L") {
      rule.kind = Kind::kLanguage;
    } else if (kind == "ID") {
      rule.kind = Kind::kId;
    } else {
      rule.kind = Kind::kEnum;
      std::istringstream values(kind);
      std::string v;
      while (std::getline(values, v, '|')) rule.values.push_back(v);
    }
    rules[name] = rule;
  }
}

// att.global, less resp and cert (the writer's own) and the attributes whose
// Schematron rules the writer does not check.
constexpr char kGlobal[] =
    "xml:id:ID n:S xml:lang:L rend:W+ style:S rendition:P+ corresp:P+ synch:P+ sameAs:P copyOf:P "
    "next:P prev:P exclude:P+ select:P+ ana:P+ facs:P+ change:P+ source:P+ xml:base:P "
    "xml:space:default|preserve";
constexpr char kDatable[] =
    "datingMethod:P datingPoint:P from:D to:D when:D notBefore:D notAfter:D period:P+";
constexpr char kNameLike[] = "full:yes|abb|init key:S nymRef:P+ ref:P+ role:W+ subtype:W type:W";

// The inline elements and their own attributes beyond kGlobal, from tei_all.
struct ElementSpec {
  const char* name;
  std::vector<const char*> attributes;
};

const std::vector<ElementSpec>& ElementSpecs() {
  static const std::vector<ElementSpec> kSpecs = {
      {"term",
       {"cRef:S evaluate:all|one|none key:S ref:P+ sortKey:W subtype:W target:P+ targetLang:L "
        "type:W"}},
      {"ref", {"cRef:S evaluate:all|one|none subtype:W target:P+ targetLang:L type:W"}},
      {"seg", {"function:W hand:P part:Y|N|I|M|F subtype:W type:W who:P+"}},
      {"bibl", {"default:true|false key:S ref:P+ sortKey:W status:W subtype:W type:W"}},
      {"author", {kDatable, "key:S nymRef:P+ ref:P+ role:W+"}},
      {"editor", {kDatable, "key:S nymRef:P+ ref:P+ role:W+"}},
      {"date",
       {kDatable,
        "extent:S key:S precision:high|medium|low|unknown ref:P+ scope:W subtype:W type:W "
        "unit:W"}},
      {"time",
       {kDatable,
        "extent:S key:S precision:high|medium|low|unknown ref:P+ scope:W subtype:W type:W "
        "unit:W"}},
      {"title", {kDatable, "key:S level:a|m|j|s|u ref:P+ subtype:W type:W"}},
      {"biblScope", {"from:W to:W unit:W"}},
      {"publisher", {"key:S ref:P+"}},
      {"pubPlace", {"key:S nymRef:P+ ref:P+ role:W+"}},
      {"persName", {kDatable, kNameLike}},
      {"name", {kDatable, kNameLike}},
      {"orgName", {kDatable, kNameLike}},
      {"placeName", {kDatable, kNameLike}},
      {"surname", {kNameLike}},
      {"forename", {kNameLike}},
      {"roleName", {kNameLike}},
      {"addName", {kNameLike}},
      {"rs",
       {"evaluate:all|one|none key:S nymRef:P+ ref:P+ role:W+ subtype:W target:P+ targetLang:L "
        "type:W"}},
      {"q", {"toWhom:P+ type:W who:P+"}},
      {"quote", {"subtype:W type:W"}},
      {"mentioned", {}},
      {"foreign", {}},
      {"soCalled", {}},
      {"expan", {}},
      {"emph", {"hand:P"}},
      {"hi", {"hand:P"}},
      {"gloss", {"cRef:S evaluate:all|one|none subtype:W target:P+ targetLang:L type:W"}},
      {"num", {"subtype:W type:W"}},
      {"measure", {"commodity:W+ subtype:W type:W unit:W unitRef:P"}},
      {"distinct", {"social:S space:S subtype:W time:S type:W"}},
      {"abbr", {"subtype:W type:W"}},
      // An editor's text correction (edits/): written as <choice> around the
      // Document's text, which edits/kept_parts.cc then puts in a <sic>
      // beside the <corr>.
      {"choice", {}},
  };
  return kSpecs;
}

const std::map<std::string, AttributeRules, std::less<>>& Rules() {
  static const auto* kRules = [] {
    auto* rules = new std::map<std::string, AttributeRules, std::less<>>();
    for (const ElementSpec& spec : ElementSpecs()) {
      AttributeRules& r = (*rules)[spec.name];
      AddRules(kGlobal, r);
      for (const char* a : spec.attributes) AddRules(a, r);
    }
    return rules;
  }();
  return *kRules;
}

// The elements only a bibliographic entry may hold.
bool IsBiblPart(std::string_view name) {
  return name == "author" || name == "editor" || name == "biblScope" || name == "publisher" ||
         name == "pubPlace";
}

bool IsBlockElement(std::string_view name) {
  return name == "p" || name == "head" || name == "item" || name == "note" || name == "ab" ||
         name == "cell";
}

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<std::string_view> SplitXmlSpace(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsXmlSpace(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !IsXmlSpace(s[i])) ++i;
    if (i > start) parts.push_back(s.substr(start, i - start));
  }
  return parts;
}

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// anyURI as jing checks it: %XX escapes, at most one '#', a scheme of
// letters, digits, '+', '-' and '.' before a ':' that comes before any '/', '?'
// or '#'; and, stricter than needed, no '[' or ']'.
bool IsPointer(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (IsXmlSpace(c) || c == '[' || c == ']') return false;
    if (c == '%' && (i + 2 >= s.size() || !IsHex(s[i + 1]) || !IsHex(s[i + 2]))) return false;
  }
  size_t hash = s.find('#');
  if (hash != std::string_view::npos && s.find('#', hash + 1) != std::string_view::npos) {
    return false;
  }
  size_t colon = s.find(':');
  if (colon == std::string_view::npos) return true;
  if (s.substr(0, colon).find_first_of("#/?") != std::string_view::npos) return true;  // relative
  if (colon == 0 || colon + 1 == s.size() || !IsAsciiAlpha(s[0])) return false;
  for (size_t i = 1; i < colon; ++i) {
    char c = s[i];
    if (!IsAsciiAlpha(c) && !IsAsciiDigit(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

// Reads exactly n ASCII digits at s[i] into value.
bool Digits(std::string_view s, size_t& i, size_t n, int& value) {
  if (i + n > s.size()) return false;
  value = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!IsAsciiDigit(s[i + k])) return false;
    value = value * 10 + (s[i + k] - '0');
  }
  i += n;
  return true;
}

bool Literal(std::string_view s, size_t& i, char c) {
  if (i < s.size() && s[i] == c) {
    ++i;
    return true;
  }
  return false;
}

// An XSD year: optional '-', four digits or more (no leading zero beyond
// four), not 0000. leap receives whether it is a leap year.
bool Year(std::string_view s, size_t& i, bool& leap) {
  Literal(s, i, '-');
  size_t start = i;
  while (i < s.size() && IsAsciiDigit(s[i])) ++i;
  size_t n = i - start;
  if (n < 4 || (n > 4 && s[start] == '0')) return false;
  std::string_view digits = s.substr(start, n);
  if (digits.find_first_not_of('0') == std::string_view::npos) return false;
  // Leap years by the last four digits (400 divides 10000).
  int last4 = 0;
  for (char c : digits.substr(n - 4)) last4 = last4 * 10 + (c - '0');
  leap = last4 % 4 == 0 && (last4 % 100 != 0 || last4 % 400 == 0);
  return true;
}

bool DayFits(int month, int day, bool leap) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  if (month == 2 && !leap) return day <= 28;
  return day <= kDays[month - 1];
}

bool Month(std::string_view s, size_t& i, int& month) {
  return Digits(s, i, 2, month) && month >= 1 && month <= 12;
}

// hh:mm:ss(.s+)? with hh < 24.
bool Time(std::string_view s, size_t& i) {
  int h, m, sec;
  if (!Digits(s, i, 2, h) || h > 23 || !Literal(s, i, ':') || !Digits(s, i, 2, m) || m > 59 ||
      !Literal(s, i, ':') || !Digits(s, i, 2, sec) || sec > 59) {
    return false;
  }
  if (Literal(s, i, '.')) {
    size_t start = i;
    while (i < s.size() && IsAsciiDigit(s[i])) ++i;
    if (i == start) return false;
  }
  return true;
}

// An optional time zone, then the end of the string.
bool ZoneAndEnd(std::string_view s, size_t i) {
  if (i == s.size()) return true;
  if (s[i] == 'Z') return i + 1 == s.size();
  if (s[i] != '+' && s[i] != '-') return false;
  ++i;
  int h, m;
  if (!Digits(s, i, 2, h) || !Literal(s, i, ':') || !Digits(s, i, 2, m)) return false;
  if (h > 14 || m > 59 || (h == 14 && m != 0)) return false;
  return i == s.size();
}

// teidata.temporal.w3c: xsd:date, gYear, gMonth, gDay, gYearMonth, gMonthDay,
// time or dateTime.
bool IsW3cTemporal(std::string_view s) {
  size_t i = 0;
  int month, day;
  if (s.rfind("---", 0) == 0) {  // gDay
    i = 3;
    return Digits(s, i, 2, day) && day >= 1 && day <= 31 && ZoneAndEnd(s, i);
  }
  if (s.rfind("--", 0) == 0) {  // gMonth, gMonthDay
    i = 2;
    if (!Month(s, i, month)) return false;
    if (Literal(s, i, '-')) {
      if (!Digits(s, i, 2, day) || !DayFits(month, day, true)) return false;
    }
    return ZoneAndEnd(s, i);
  }
  if (s.size() > 2 && s[2] == ':') return Time(s, i) && ZoneAndEnd(s, i);
  bool leap = false;
  if (!Year(s, i, leap)) return false;
  if (!Literal(s, i, '-')) return ZoneAndEnd(s, i);  // gYear
  if (!Month(s, i, month)) return false;
  if (!Literal(s, i, '-')) return ZoneAndEnd(s, i);  // gYearMonth
  if (!Digits(s, i, 2, day) || !DayFits(month, day, leap)) return false;
  if (Literal(s, i, 'T') && !Time(s, i)) return false;  // dateTime
  return ZoneAndEnd(s, i);
}

// xsd:language, or "".
bool IsLanguage(std::string_view s) {
  if (s.empty()) return true;
  size_t i = 0;
  for (bool first = true; i <= s.size(); first = false) {
    size_t start = i;
    while (i < s.size() && (IsAsciiAlpha(s[i]) || (!first && IsAsciiDigit(s[i])))) ++i;
    size_t n = i - start;
    if (n < 1 || n > 8) return false;
    if (i == s.size()) return true;
    if (s[i] != '-') return false;
    ++i;
  }
  return false;
}

bool Valid(const AttributeRule& rule, std::string_view value) {
  switch (rule.kind) {
    case Kind::kString:
      return true;
    case Kind::kWord:
      return IsTeiWord(value);
    case Kind::kWords: {
      std::vector<std::string_view> parts = SplitXmlSpace(value);
      return !parts.empty() && std::all_of(parts.begin(), parts.end(), IsTeiWord);
    }
    case Kind::kPointer:
      return IsPointer(value);
    case Kind::kPointers: {
      std::vector<std::string_view> parts = SplitXmlSpace(value);
      return !parts.empty() && std::all_of(parts.begin(), parts.end(), IsPointer);
    }
    case Kind::kDate:
      return IsW3cTemporal(value);
    case Kind::kLanguage:
      return IsLanguage(value);
    case Kind::kId:
      return IsNcName(value);
    case Kind::kEnum:
      return std::find(rule.values.begin(), rule.values.end(), value) != rule.values.end();
  }
  return false;
}

// Name characters, conservatively: ASCII and the Latin-1 and Latin Extended-A
// letters, which every edition of XML (and so jing's xsd:NCName) accepts.
bool IsNameStart(UChar32 c) {
  if (c < 0x80) return IsAsciiAlpha(static_cast<char>(c)) || c == '_';
  return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x131) ||
         (c >= 0x134 && c <= 0x13E) || (c >= 0x141 && c <= 0x148) || (c >= 0x14A && c <= 0x17E);
}

bool IsNameChar(UChar32 c) {
  return IsNameStart(c) ||
         (c < 0x80 && (IsAsciiDigit(static_cast<char>(c)) || c == '-' || c == '.'));
}

bool IsName(std::string_view s, bool colons) {
  if (s.empty()) return false;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  bool first = true;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
    bool ok = (colons && c == ':') || (first ? IsNameStart(c) : IsNameChar(c));
    if (!ok) return false;
    first = false;
  }
  return true;
}

std::string ToNameImpl(std::string_view s, std::string_view fallback, bool colons) {
  if (s.empty()) return std::string(fallback);
  std::string out;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    bool ok = c >= 0 && ((colons && c == ':') || IsNameChar(c));
    if (ok) {
      out.append(s.substr(start, i - start));
    } else {
      out += '_';
    }
  }
  int32_t j = 0;
  UChar32 first;
  U8_NEXT(out.data(), j, static_cast<int32_t>(out.size()), first);
  if (!IsNameStart(first) && !(colons && first == ':')) out.insert(out.begin(), '_');
  return out;
}

}  // namespace

bool IsInlineElement(std::string_view name) { return Rules().count(name) > 0; }

std::string InlineElementList() {
  std::string out;
  for (const auto& [name, rules] : Rules()) out += (out.empty() ? "" : ", ") + name;
  return out;
}

bool CanContain(std::string_view parent, std::string_view child) {
  if (!IsInlineElement(child)) return false;
  if (!IsBlockElement(parent) && !IsInlineElement(parent)) return false;
  if (IsBiblPart(child)) return parent == "bibl";
  if (child == "bibl") {
    return IsBlockElement(parent) || parent == "bibl" || parent == "seg" || parent == "ref" ||
           parent == "title" || parent == "q" || parent == "quote" || parent == "hi" ||
           parent == "emph";
  }
  if (child == "quote") return parent != "date" && parent != "time";
  return true;
}

std::string CheckAttributes(std::string_view element, const Attributes& attributes) {
  auto rules = Rules().find(element);
  if (rules == Rules().end()) return "<" + std::string(element) + "> is not known inline";
  std::set<std::string_view> seen;
  for (const auto& [name, value] : attributes) {
    if (!seen.insert(name).second) return "@" + name + " given twice";
    auto rule = rules->second.find(name);
    if (rule == rules->second.end()) {
      return "<" + std::string(element) + "> has no @" + name;
    }
    if (!IsXmlText(value) || !Valid(rule->second, value)) {
      return "@" + name + "=\"" + XmlSafe(value) + "\" is not a valid value";
    }
  }
  // The Schematron rules of tei_all that concern these attributes.
  auto has = [&](std::string_view n) { return seen.count(n) > 0; };
  if (has("when") && (has("from") || has("to") || has("notBefore") || has("notAfter"))) {
    return "@when may not go with @from, @to, @notBefore or @notAfter";
  }
  if (has("from") && has("notBefore")) return "@from may not go with @notBefore";
  if (has("to") && has("notAfter")) return "@to may not go with @notAfter";
  if (has("subtype") && !has("type")) return "@subtype needs @type";
  if (has("targetLang") && !has("target")) return "@targetLang needs @target";
  if (has("cRef") && has("target")) return "@cRef may not go with @target";
  return "";
}

bool SpanTakes(std::string_view name, std::string_view value) {
  static const auto* kSpan = [] {
    auto* rules = new AttributeRules();
    AddRules(kGlobal, *rules);
    AddRules("subtype:W", *rules);
    rules->erase("xml:id");
    return rules;
  }();
  auto rule = kSpan->find(name);
  return rule != kSpan->end() && IsXmlText(value) && Valid(rule->second, value);
}

bool IsXmlText(std::string_view value) {
  return text::IsValidUtf8(value) && FindXmlForbidden(value) == std::string_view::npos;
}

bool IsXmlName(std::string_view s) { return IsName(s, true); }
bool IsNcName(std::string_view s) { return IsName(s, false); }

bool IsTeiWord(std::string_view s) {
  if (s.empty() || !IsXmlText(s)) return false;
  constexpr uint32_t kForbidden = U_GC_C_MASK | U_GC_Z_MASK;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0 || (U_GET_GC_MASK(c) & kForbidden) != 0) return false;
  }
  return true;
}

bool IsVersionNumber(std::string_view s) {
  // [\d]+[a-z]*[\d]*(\.[\d]+[a-z]*[\d]*){0,3}
  size_t i = 0, parts = 0;
  while (true) {
    size_t start = i;
    while (i < s.size() && IsAsciiDigit(s[i])) ++i;
    if (i == start) return false;
    while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
    while (i < s.size() && IsAsciiDigit(s[i])) ++i;
    ++parts;
    if (i == s.size()) return parts <= 4;
    if (s[i] != '.') return false;
    ++i;
  }
}

std::string ToNcName(std::string_view s, std::string_view fallback) {
  return ToNameImpl(s, fallback, false);
}

std::string ToXmlName(std::string_view s, std::string_view fallback) {
  return ToNameImpl(s, fallback, true);
}

std::string ToTeiWord(std::string_view s, std::string_view fallback) {
  if (IsTeiWord(s)) return std::string(s);
  std::string safe = XmlSafe(s), out;
  int32_t i = 0, n = static_cast<int32_t>(safe.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(safe.data(), i, n, c);
    if (c >= 0 && (U_GET_GC_MASK(c) & (U_GC_C_MASK | U_GC_Z_MASK)) == 0) {
      out.append(safe, start, i - start);
    } else {
      out += '_';
    }
  }
  return out.empty() ? std::string(fallback) : out;
}

std::string FormatCertainty(double confidence) {
  if (std::isnan(confidence)) return "";
  double c = std::clamp(confidence, 0.0, 1.0);
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, c, std::chars_format::fixed);
  if (ec != std::errc()) return FormatNumber(c);
  return std::string(buf, end);
}

}  // namespace glossator::tei
