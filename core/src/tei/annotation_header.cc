#include "tei/annotation_header.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "tei/schema.h"
#include "tei/xml_util.h"

namespace glossator::tei {
namespace {

void AppendApplication(pugi::xml_node app_info, const std::string& plugin,
                       const std::string& version, const std::string& description, IdSet& ids) {
  pugi::xml_node app = app_info.append_child("application");
  std::string ident = PluginIdent(plugin);
  app.append_attribute("ident") = ident.c_str();
  // The id that resp="#IDENT" points to. Application ids are claimed before
  // categories and annotations (tei_writer.cc), so only a second plugin of
  // the same XML name could hold it already, and that one was skipped.
  if (ids.Claim(ident)) app.append_attribute("xml:id") = ident.c_str();
  bool version_ok = IsVersionNumber(version);
  app.append_attribute("version") = version_ok ? version.c_str() : "0";
  AppendText(app.append_child("label"), plugin);
  if (!version_ok) {
    pugi::xml_node desc = app.append_child("desc");
    desc.append_attribute("type") = "version";
    AppendText(desc, version.empty() ? "unknown" : version);
  }
  if (!description.empty()) AppendText(app.append_child("desc"), description);
}

// A category as written: its final id and its fields, merged.
struct Category {
  std::string original_id;
  std::string id;
  std::string plugin;
  Attributes fields;
};

struct Taxonomy {
  std::string id;
  std::vector<Category> categories;
};

void AppendField(pugi::xml_node cat_desc, const std::string& key, const std::string& value,
                 const std::map<std::string, std::string>& final_ids) {
  pugi::xml_node node;
  if (key == "alt" || key == "label") {
    node = cat_desc.append_child("term");
    node.append_attribute("type") = "alt";
  } else if (key == "broader") {
    auto it = final_ids.find(value);
    if (it != final_ids.end()) {
      pugi::xml_node ptr = cat_desc.append_child("ptr");
      ptr.append_attribute("type") = "broader";
      ptr.append_attribute("target") = ("#" + it->second).c_str();
      return;
    }
    node = cat_desc.append_child("term");
    node.append_attribute("type") = "broader";
  } else if (key == "school") {
    node = cat_desc.append_child("name");
    node.append_attribute("type") = "school";
  } else if (key == "theorist") {
    node = cat_desc.append_child("persName");
    node.append_attribute("type") = "theorist";
  } else if (key == "definition") {
    node = cat_desc.append_child("gloss");
  } else {
    node = cat_desc.append_child("term");
    node.append_attribute("type") = ToTeiWord(key, "field").c_str();
  }
  AppendText(node, value);
}

}  // namespace

void AppendApplications(const Annotations& annotations, pugi::xml_node app_info, IdSet& ids) {
  std::set<std::string> written;
  for (const Application& app : annotations.applications) {
    if (!written.insert(PluginIdent(app.ident)).second) continue;
    AppendApplication(app_info, app.ident, app.version, app.description, ids);
  }
  auto named = [&](const std::string& plugin) {
    if (plugin.empty() || !written.insert(PluginIdent(plugin)).second) return;
    AppendApplication(app_info, plugin, "", "", ids);
  };
  for (const AnnotationType& t : annotations.types) named(t.plugin);
  for (const TaxonomyCategory& c : annotations.categories) named(c.plugin);
  for (const Annotation& a : annotations.items) named(a.plugin);
}

void AppendClassDecl(const Annotations& annotations, pugi::xml_node encoding_desc, IdSet& ids) {
  if (annotations.categories.empty()) return;
  // Taxonomies in order of first declaration; categories merged by (taxonomy, id).
  std::vector<Taxonomy> taxonomies;
  std::map<std::string, size_t> taxonomy_index;
  std::map<std::pair<std::string, std::string>, std::pair<size_t, size_t>> category_index;
  std::map<std::string, std::string> final_ids;  // original category id -> xml:id (first)
  for (const TaxonomyCategory& c : annotations.categories) {
    auto [t, new_taxonomy] = taxonomy_index.emplace(c.taxonomy, taxonomies.size());
    if (new_taxonomy) {
      taxonomies.push_back({ids.ClaimUnique(ToNcName(c.taxonomy, "taxonomy")), {}});
    }
    Taxonomy& taxonomy = taxonomies[t->second];
    auto [k, new_category] = category_index.emplace(
        std::make_pair(c.taxonomy, c.id), std::make_pair(t->second, taxonomy.categories.size()));
    if (new_category) {
      std::string id = ids.ClaimUnique(ToNcName(c.id, "category"));
      final_ids.emplace(c.id, id);
      taxonomy.categories.push_back({c.id, id, c.plugin, c.fields});
      continue;
    }
    Attributes& fields = taxonomies[k->second.first].categories[k->second.second].fields;
    for (const auto& field : c.fields) {
      if (std::find(fields.begin(), fields.end(), field) == fields.end()) fields.push_back(field);
    }
  }

  pugi::xml_node class_decl = encoding_desc.append_child("classDecl");
  for (const Taxonomy& taxonomy : taxonomies) {
    pugi::xml_node tax = class_decl.append_child("taxonomy");
    tax.append_attribute("xml:id") = taxonomy.id.c_str();
    for (const Category& c : taxonomy.categories) {
      pugi::xml_node cat = tax.append_child("category");
      cat.append_attribute("xml:id") = c.id.c_str();
      if (c.id != c.original_id) cat.append_attribute("n") = XmlSafe(c.original_id).c_str();
      if (!c.plugin.empty()) cat.append_attribute("resp") = ("#" + PluginIdent(c.plugin)).c_str();
      pugi::xml_node cat_desc = cat.append_child("catDesc");
      // The preferred label first.
      const std::string* label = nullptr;
      for (const auto& [key, value] : c.fields) {
        if (key == "label") {
          label = &value;
          break;
        }
      }
      AppendText(cat_desc.append_child("term"), label ? *label : c.original_id);
      for (const auto& field : c.fields) {
        if (&field.second == label) continue;
        AppendField(cat_desc, field.first, field.second, final_ids);
      }
    }
  }
}

}  // namespace glossator::tei
