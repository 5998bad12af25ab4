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

}  // namespace glossator::testing
