#include "pack/bibliography_edits.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>
#include <sstream>

#include "edits/edit.h"
#include "tei/tei_namespace.h"

namespace glossator::pack {
namespace {

size_t LineAt(const std::string& buffer, ptrdiff_t offset) {
  size_t end = std::min<size_t>(offset < 0 ? 0 : static_cast<size_t>(offset), buffer.size());
  return 1 + static_cast<size_t>(std::count(buffer.begin(), buffer.begin() + end, '\n'));
}

bool IsPersonResp(const char* resp) {
  return *resp &&
         std::strncmp(resp, edits::kMachineRespPrefix, std::strlen(edits::kMachineRespPrefix)) != 0;
}

std::vector<std::string> Pointers(const char* corresp) {
  std::vector<std::string> out;
  std::istringstream words(corresp);
  for (std::string w; words >> w;) {
    if (w.size() > 1 && w[0] == '#') out.push_back(w.substr(1));
  }
  return out;
}

}  // namespace

Result<std::vector<EditedWork>> ReadBibliographyEdits(const std::string& path) {
  std::vector<EditedWork> works;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return works;  // a first run
    return Status::IoError(path + ": cannot open the pack's TEI for reading");
  }
  std::string buffer((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path + ": cannot read the pack's TEI");
  // The bibliography is in the header; the readings after it (most of the
  // file) are written anew from their own TEI, so only the header is parsed.
  std::string text = buffer;
  static const std::string kHeaderEnd = "</teiHeader>";
  if (size_t end = buffer.find(kHeaderEnd); end != std::string::npos) {
    text = buffer.substr(0, end + kHeaderEnd.size()) + "</teiCorpus>";
  }
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(
      text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    return Status::InvalidArgument(path + ":" + std::to_string(LineAt(text, parsed.offset)) +
                                   ": not well-formed XML: " + parsed.description());
  }
  pugi::xml_node corpus = doc.document_element();
  if (std::strcmp(corpus.name(), "teiCorpus") != 0 ||
      std::strcmp(corpus.attribute("xmlns").value(), kTeiNamespace) != 0) {
    return Status::InvalidArgument(path + ":" +
                                   std::to_string(LineAt(text, corpus.offset_debug())) +
                                   ": not a pack's TEI: the root is <" + corpus.name() +
                                   "> and not <teiCorpus xmlns=\"" + kTeiNamespace + "\">");
  }
  pugi::xml_node list = doc.select_node("//listBibl[@xml:id='pack-bibliography']").node();
  for (pugi::xml_node bibl : list.children("bibl")) {
    if (!IsPersonResp(bibl.attribute("resp").value())) continue;
    EditedWork w;
    w.xml_id = bibl.attribute("xml:id").value();
    w.resp = bibl.attribute("resp").value();
    w.members = Pointers(bibl.attribute("corresp").value());
    w.entry = SummariseBibl(bibl);
    w.line = LineAt(text, bibl.offset_debug());
    works.push_back(std::move(w));
  }
  return works;
}

}  // namespace glossator::pack
