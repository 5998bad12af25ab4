// WriteTeiKeepingEdits and BackUpEditedTei (glossator/edits.h): read the
// edited file, check it is the TEI of this reading, carry its edits over,
// write the new file atomically.
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <unordered_set>

#include "edits/carry_over.h"
#include "edits/edited_tei.h"
#include "edits/kept_parts.h"
#include "edits/text_quote.h"
#include "glossator/edits.h"
#include "glossator/tei.h"
#include "tei/render_tree.h"
#include "util/atomic_file.h"

namespace glossator {
namespace {

// Passages of the edited file's text, this many words each, sampled to tell
// whether it is the TEI of the same reading as the input when the source's
// digest differs (a re-made PDF of one reading has another digest).
constexpr size_t kPassageWords = 6;
constexpr size_t kPassagesSampled = 400;
// The share of them the input's text must hold: a changed layout breaks a
// few passages (hyphenation, a moved footnote), another reading nearly all.
constexpr double kSameReadingShare = 0.5;

double ShareOfPassagesFound(const std::string& old_text, const std::string& new_text) {
  std::vector<std::string> words;
  std::istringstream in(old_text);
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() < kPassageWords) return old_text == new_text ? 1 : 0;
  size_t passages = words.size() - kPassageWords + 1;
  size_t stride = std::max<size_t>(1, passages / kPassagesSampled);
  size_t tried = 0, found = 0;
  for (size_t i = 0; i < passages; i += stride) {
    std::string p = words[i];
    for (size_t k = 1; k < kPassageWords; ++k) p += ' ' + words[i + k];
    ++tried;
    if (new_text.find(p) != std::string::npos) ++found;
  }
  return static_cast<double>(found) / static_cast<double>(tried);
}

Status CheckSameReading(const edits::EditedTei& edited, const Document& doc) {
  if (edited.source_sha256.empty() || edited.source_sha256 == doc.source().sha256) {
    return Status::Ok();
  }
  double share = ShareOfPassagesFound(edited.text, edits::CollapseSpace(doc.text()));
  if (share >= kSameReadingShare) return Status::Ok();
  return Status::InvalidArgument(
      edited.path + ":" + std::to_string(edited.source_line) +
      ": the TEI of another reading: its source's SHA-256 is " + edited.source_sha256 +
      ", not this input's (" + doc.source().sha256 + "), and only " +
      std::to_string(static_cast<int>(share * 100)) +
      "% of its text is in this input's; nothing written (--discard-edits replaces it)");
}

std::string Detail(const std::string& path, const edits::Edit& e, const std::string& what) {
  return path + ":" + std::to_string(e.line) + ": " + what + " " + edits::EditKindName(e.kind) +
         " " + e.Describe() + " on \u201C" + e.quote.exact + "\u201D";
}

// True when the file at path begins (after white space and a byte order
// mark) with '<': it is meant to be XML, so it may be an edited TEI, and a
// parse error in it is the editor's to fix. Anything else at the output's
// path (an empty file, a note) is no one's TEI and is replaced.
bool LooksLikeXml(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char c;
  while (in.get(c)) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == '\xEF' && in.get(c) && c == '\xBB' && in.get(c) && c == '\xBF') continue;
    return c == '<';
  }
  return false;
}

}  // namespace

std::string EditReport::Summary() const {
  return std::to_string(kept) + " kept, " + std::to_string(reanchored) + " re-anchored, " +
         std::to_string(orphaned) + " orphaned; " + std::to_string(rejected_ids) +
         " deletions honoured";
}

Status WriteTeiKeepingEdits(const Document& doc, const Annotations& annotations,
                            const std::string& path, EditReport* report,
                            std::vector<std::string>* warnings, OtherReadingsTei other_reading) {
  EditReport local;
  EditReport& r = report ? *report : local;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) || !LooksLikeXml(path)) {
    return WriteTeiFile(doc, annotations, path, warnings);
  }
  r.had_file = true;
  Result<std::unique_ptr<edits::EditedTei>> edited = edits::ReadEditedTei(path);
  if (!edited.ok()) {
    return Status(edited.status().code(),
                  edited.status().message() + "; nothing written (--discard-edits replaces it)");
  }
  if (Status s = CheckSameReading(**edited, doc); !s.ok()) {
    if (other_reading == OtherReadingsTei::kRefuse || (*edited)->HoldsEdits()) return s;
    r.had_file = false;  // another reading's, unedited: nothing to carry
    return WriteTeiFile(doc, annotations, path, warnings);
  }
  try {
    edits::CarriedOver carried = edits::CarryEditsOver(doc, annotations, **edited);
    pugi::xml_document xml;
    if (Status s = tei::RenderTree(doc, carried.annotations, warnings, xml); !s.ok()) {
      return Status(s.code(), path + ": " + s.message());
    }
    edits::AddKeptParts(carried, **edited, xml.document_element());
    for (const edits::PlacedEdit& p : carried.placed) {
      if (p.match == edits::AnchorMatch::kExact) {
        ++r.kept;
      } else {
        ++r.reanchored;
        r.details.push_back(Detail(
            path, *p.edit, std::string("re-anchored (") + edits::AnchorMatchName(p.match) + ")"));
      }
    }
    for (const edits::Edit* e : carried.orphaned) {
      ++r.orphaned;
      r.details.push_back(Detail(path, *e, "orphaned"));
    }
    r.rejected_ids = carried.rejected_ids.size();
    r.machine_dropped = carried.machine_dropped;
    return WriteFileAtomically(path, tei::SerializeTree(xml));
  } catch (const std::bad_alloc&) {
    return Status::ResourceLimit(path + ": out of memory carrying the edits over");
  }
}

Status BackUpEditedTei(const std::string& path, bool* backed_up) {
  *backed_up = false;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec) || !LooksLikeXml(path)) return Status::Ok();
  Result<std::unique_ptr<edits::EditedTei>> edited = edits::ReadEditedTei(path);
  if (edited.ok() && !(*edited)->HoldsEdits()) return Status::Ok();
  std::filesystem::copy_file(path, path + ".bak", std::filesystem::copy_options::overwrite_existing,
                             ec);
  if (ec) return Status::IoError(path + ".bak: cannot keep the edited file: " + ec.message());
  *backed_up = true;
  return Status::Ok();
}

}  // namespace glossator
