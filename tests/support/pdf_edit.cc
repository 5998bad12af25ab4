#include "pdf_edit.h"

#include <cstdio>
#include <fstream>
#include <regex>
#include <vector>

#include "test_support.h"

namespace glossator::testing {

Status WriteWithPagesEdited(const std::string& src, const std::string& dst,
                            const std::map<size_t, PageEdit>& edits) {
  std::string pdf = ReadFile(src);
  std::smatch kids, size, root;
  if (!std::regex_search(pdf, kids, std::regex(R"(/Kids\s*\[([^\]]*)\])")) ||
      !std::regex_search(pdf, size, std::regex(R"(/Size\s+(\d+))")) ||
      !std::regex_search(pdf, root, std::regex(R"(/Root\s+(\d+ 0 R))"))) {
    return Status::InvalidArgument(src + ": no /Kids, /Size or /Root found");
  }
  std::vector<std::string> pages;
  std::string list = kids[1];
  const std::regex reference(R"((\d+) 0 R)");
  for (std::sregex_iterator it(list.begin(), list.end(), reference), end; it != end; ++it) {
    pages.push_back((*it)[1]);
  }
  size_t startxref = pdf.rfind("startxref");
  if (startxref == std::string::npos) return Status::InvalidArgument(src + ": no startxref");
  std::string previous = std::to_string(std::stol(pdf.substr(startxref + 9)));

  std::string update;
  std::map<int, size_t> offsets;  // object number -> offset
  for (const auto& [index, edit] : edits) {
    if (index >= pages.size()) return Status::InvalidArgument(src + ": no such page");
    size_t at = pdf.find("\n" + pages[index] + " 0 obj");
    if (at == std::string::npos) return Status::InvalidArgument(src + ": page object not found");
    size_t open = pdf.find("<<", at), close = pdf.find("endobj", at);
    std::string object = pdf.substr(open, pdf.rfind(">>", close) + 2 - open);
    offsets[std::stoi(pages[index])] = pdf.size() + update.size();
    update += pages[index] + " 0 obj\n" + edit(object) + "\nendobj\n";
  }
  size_t xref = pdf.size() + update.size();
  update += "xref\n";
  for (const auto& [number, offset] : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    update += std::to_string(number) + " 1\n" + entry;
  }
  update += "trailer\n<</Size " + std::string(size[1]) + "/Root " + std::string(root[1]) +
            "/Prev " + previous + ">>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  std::ofstream out(dst, std::ios::binary);
  out << pdf << update;
  return out ? Status::Ok() : Status::IoError(dst + ": cannot write");
}

PageEdit Rotate(int degrees) {
  return [degrees](const std::string& object) {
    return object.substr(0, object.size() - 2) + "/Rotate " + std::to_string(degrees) + ">>";
  };
}

std::string OnePagePdf(const std::string& content,
                       const std::map<unsigned char, unsigned>& to_unicode) {
  std::vector<std::string> objects = {
      "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
      "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 4 0 R>>>>"
      "/Contents 5 0 R>>",
      std::string("<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding") +
          (to_unicode.empty() ? "" : "/ToUnicode 6 0 R") + ">>",
      "<</Length " + std::to_string(content.size()) + ">>\nstream\n" + content + "\nendstream"};
  if (!to_unicode.empty()) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n" +
        std::to_string(to_unicode.size()) + " beginbfchar\n";
    for (const auto& [code, unit] : to_unicode) {
      char entry[32];
      std::snprintf(entry, sizeof entry, "<%02X> <%04X>\n", code, unit);
      cmap += entry;
    }
    cmap += "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
    objects.push_back("<</Length " + std::to_string(cmap.size()) + ">>\nstream\n" + cmap +
                      "\nendstream");
  }
  return PdfOfObjects(objects);
}

std::string PdfOfObjects(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<</Size " + std::to_string(objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace glossator::testing
