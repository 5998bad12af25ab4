#include "glossator/document.h"

#include <algorithm>

namespace glossator {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kListItem:
      return "list-item";
    case BlockKind::kLine:
      return "line";
    case BlockKind::kCaption:
      return "caption";
    case BlockKind::kFootnote:
      return "footnote";
    case BlockKind::kFigureText:
      return "figure-text";
    case BlockKind::kCode:
      return "code";
  }
  return "paragraph";
}

Document::Document(DocumentParts parts)
    : data_(std::make_shared<const DocumentParts>(std::move(parts))) {}

std::string_view Document::text(size_t begin, size_t end) const {
  const std::string& t = data_->text;
  begin = std::min(begin, t.size());
  end = std::clamp(end, begin, t.size());
  return std::string_view(t).substr(begin, end - begin);
}

const Provenance* Document::Locate(size_t offset) const {
  const auto& prov = data_->provenance;
  if (prov.empty()) return nullptr;
  // First word starting after offset; the one before it holds or precedes offset.
  auto it = std::upper_bound(prov.begin(), prov.end(), offset,
                             [](size_t off, const Provenance& p) { return off < p.begin; });
  if (it == prov.begin()) return &*it;
  return &*std::prev(it);
}

const Table* Document::TableAt(size_t block) const {
  const auto& tables = data_->tables;
  auto it = std::lower_bound(tables.begin(), tables.end(), block,
                             [](const Table& t, size_t b) { return t.block < b; });
  return it != tables.end() && it->block == block ? &*it : nullptr;
}

int Document::PageAt(size_t offset) const {
  const Provenance* p = Locate(offset);
  return p ? p->page : 0;
}

std::string Document::Title() const {
  std::string printed;
  for (size_t i : data_->front.title) {
    const Block& b = data_->blocks[i];
    if (!printed.empty()) printed += ' ';
    printed += text(b.begin, b.end);
  }
  if (!printed.empty()) return printed;
  if (!data_->source.title.empty()) return data_->source.title;
  for (const Block& b : data_->blocks) {
    if (b.kind == BlockKind::kHeading) return std::string(text(b.begin, b.end));
  }
  return data_->source.file_name;
}

}  // namespace glossator
