#include "pack_manifest.h"

#include <toml++/toml.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace glossator::cli {
namespace {

namespace fs = std::filesystem;

// "MANIFEST:LINE: " for a message about what stands at that line.
std::string At(const std::string& manifest, int line) {
  return manifest + ":" + std::to_string(line) + ": ";
}

int LineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// An id fit for a file name and for an xml:id prefix in pack.xml: a letter or
// '_' first, then letters, digits, '-', '_' or '.'.
bool IsGoodId(const std::string& id) {
  if (id.empty() || !(std::isalpha(static_cast<unsigned char>(id[0])) || id[0] == '_')) {
    return false;
  }
  for (char c : id) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
      return false;
    }
  }
  return true;
}

// A settings value as text: strings as they are, numbers and booleans as
// TOML writes them; "" (and false) for a table or an array.
bool ScalarText(const toml::node& value, std::string* text) {
  if (auto s = value.value<std::string>(); s && value.is_string()) {
    *text = *s;
    return true;
  }
  if (value.is_integer()) {
    *text = std::to_string(*value.value<int64_t>());
    return true;
  }
  if (value.is_floating_point()) {
    std::ostringstream out;
    out << *value.value<double>();
    *text = out.str();
    return true;
  }
  if (value.is_boolean()) {
    *text = *value.value<bool>() ? "true" : "false";
    return true;
  }
  return false;
}

// A value that names a file beside the manifest (a thesaurus, say) is made
// absolute, so that it means the same from any working directory.
std::string ResolvedValue(const std::string& value, const fs::path& base) {
  if (value.empty() || fs::path(value).is_absolute()) return value;
  std::error_code ec;
  fs::path beside = base / value;
  if (fs::is_regular_file(beside, ec)) return beside.lexically_normal().string();
  return value;
}

// Reads a settings table ({plugin = {key = value}} or {"plugin.key" = value};
// an array gives the key each of its values) into "plugin.key=value" lines.
// Returns "" or the first problem, naming the line and the field.
std::string ReadSettings(const toml::table& table, const std::string& manifest,
                         const fs::path& base, const std::string& prefix,
                         std::vector<std::string>* out) {
  for (auto&& [key, value] : table) {
    std::string name =
        prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
    if (const toml::table* inner = value.as_table()) {
      if (std::string p = ReadSettings(*inner, manifest, base, name, out); !p.empty()) return p;
      continue;
    }
    if (name.find('.') == std::string::npos) {
      return At(manifest, LineOf(value)) + "settings: '" + name +
             "' names no plugin key; write PLUGIN.KEY = VALUE (e.g. concepts.thesaurus)";
    }
    std::vector<const toml::node*> values;
    if (const toml::array* list = value.as_array()) {
      for (const toml::node& v : *list) values.push_back(&v);
    } else {
      values.push_back(&value);
    }
    for (const toml::node* v : values) {
      std::string text;
      if (!ScalarText(*v, &text)) {
        return At(manifest, LineOf(*v)) + "settings." + name +
               ": a setting is a string, number or true/false (or a list of them)";
      }
      out->push_back(name + "=" + ResolvedValue(text, base));
    }
  }
  return "";
}

// A string field of a reading; "" and a problem when it is of another type.
std::string StringField(const toml::node& value, const std::string& field,
                        const std::string& manifest, std::string* problem) {
  std::string text;
  if (value.is_string()) return *value.value<std::string>();
  if (field == "week" && ScalarText(value, &text) && !value.is_boolean()) return text;
  if (problem->empty()) {
    *problem = At(manifest, LineOf(value)) + "reading." + field + ": must be a string" +
               (field == "week" ? " or a number" : "");
  }
  return "";
}

const std::set<std::string> kReadingKeys = {"pdf",     "id",       "title",   "week",
                                            "section", "password", "settings"};
const std::set<std::string> kTopKeys = {"title", "reading", "settings"};

ManifestReading ReadReading(const toml::table& table, int line, const std::string& manifest,
                            const fs::path& base, const std::vector<std::string>& pack_settings) {
  ManifestReading r;
  r.line = line;
  r.settings = pack_settings;
  std::string& problem = r.problem;
  for (auto&& [key, value] : table) {
    std::string k(key.str());
    if (!kReadingKeys.count(k) && problem.empty()) {
      problem = At(manifest, LineOf(value)) + "reading: unknown key '" + k +
                "' (a reading has pdf, id, title, week, section, password, settings)";
    }
  }
  if (const toml::node* pdf = table.get("pdf")) {
    std::string path = StringField(*pdf, "pdf", manifest, &problem);
    if (!path.empty()) {
      fs::path resolved = fs::path(path).is_absolute() ? fs::path(path) : base / path;
      r.pdf = resolved.lexically_normal().string();
      std::error_code ec;
      if (problem.empty() && !fs::is_regular_file(r.pdf, ec)) {
        problem = At(manifest, LineOf(*pdf)) + "reading.pdf: " + r.pdf + ": no such file";
      }
    }
  } else if (problem.empty()) {
    problem = At(manifest, line) + "reading: no pdf given (pdf = \"path/to/reading.pdf\")";
  }
  if (const toml::node* id = table.get("id")) {
    r.id = StringField(*id, "id", manifest, &problem);
    if (problem.empty() && !IsGoodId(r.id)) {
      problem = At(manifest, LineOf(*id)) + "reading.id: '" + r.id +
                "' must begin with a letter and hold only letters, digits, '-', '_' and '.'";
    }
  } else if (!r.pdf.empty()) {
    r.id = fs::path(r.pdf).stem().string();
    // A file name is not always a good id: spaces and the like become '-'.
    for (char& c : r.id) {
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) {
        c = '-';
      }
    }
    if (!IsGoodId(r.id)) r.id = "r-" + r.id;
  }
  if (const toml::node* t = table.get("title"))
    r.title = StringField(*t, "title", manifest, &problem);
  if (const toml::node* w = table.get("week")) r.week = StringField(*w, "week", manifest, &problem);
  if (const toml::node* s = table.get("section")) {
    std::string section = StringField(*s, "section", manifest, &problem);
    r.week = r.week.empty() ? section : r.week + ": " + section;
  }
  if (const toml::node* p = table.get("password")) {
    r.password = StringField(*p, "password", manifest, &problem);
  }
  if (const toml::node* s = table.get("settings")) {
    if (const toml::table* settings = s->as_table()) {
      std::string p = ReadSettings(*settings, manifest, base, "", &r.settings);
      if (problem.empty()) problem = p;
    } else if (problem.empty()) {
      problem = At(manifest, LineOf(*s)) + "reading.settings: must be a table";
    }
  }
  return r;
}

}  // namespace

Result<Manifest> ReadManifest(const std::string& path) {
  Manifest m;
  m.path = path;
  toml::table top;
  try {
    top = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      return Status::IoError(path + ": cannot read the manifest: no such file");
    }
    return Status::InvalidArgument(At(path, static_cast<int>(e.source().begin.line)) +
                                   "not TOML: " + std::string(e.description()));
  }
  fs::path base = fs::absolute(path).parent_path();
  for (auto&& [key, value] : top) {
    if (!kTopKeys.count(std::string(key.str()))) {
      m.problems.push_back(At(path, LineOf(value)) + "unknown key '" + std::string(key.str()) +
                           "' (the manifest has title, settings and [[reading]] tables)");
    }
  }
  const toml::node* title = top.get("title");
  if (title == nullptr || !title->is_string() || title->value<std::string>()->empty()) {
    return Status::InvalidArgument(At(path, title ? LineOf(*title) : 1) +
                                   "title: the course needs a title (title = \"...\")");
  }
  m.title = *title->value<std::string>();
  std::vector<std::string> pack_settings;
  if (const toml::node* s = top.get("settings")) {
    const toml::table* settings = s->as_table();
    std::string p = settings ? ReadSettings(*settings, path, base, "", &pack_settings)
                             : At(path, LineOf(*s)) + "settings: must be a table";
    if (!p.empty()) return Status::InvalidArgument(p);
  }
  const toml::array* readings = top.get("reading") ? top.get("reading")->as_array() : nullptr;
  if (readings == nullptr || readings->empty()) {
    return Status::InvalidArgument(At(path, 1) +
                                   "no readings: add one [[reading]] table per reading");
  }
  std::map<std::string, int> first_line_of_id;
  for (const toml::node& node : *readings) {
    const toml::table* table = node.as_table();
    if (table == nullptr) {
      return Status::InvalidArgument(At(path, LineOf(node)) +
                                     "reading: each reading is a [[reading]] table");
    }
    ManifestReading r = ReadReading(*table, LineOf(node), path, base, pack_settings);
    if (!r.id.empty()) {
      auto [it, fresh] = first_line_of_id.emplace(r.id, r.line);
      if (!fresh && r.problem.empty()) {
        r.problem = At(path, r.line) + "reading.id: '" + r.id +
                    "' is already the id of the reading at line " + std::to_string(it->second) +
                    "; give this one an id of its own";
      }
    }
    m.readings.push_back(std::move(r));
  }
  return m;
}

}  // namespace glossator::cli
