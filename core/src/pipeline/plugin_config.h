// Plugin configuration: "plugin.key = value" from a config file and from
// --set, checked against the keys each plugin declares.
#ifndef GLOSSATOR_PIPELINE_PLUGIN_CONFIG_H_
#define GLOSSATOR_PIPELINE_PLUGIN_CONFIG_H_

#include <map>
#include <string>
#include <vector>

#include "glossator/pipeline.h"
#include "glossator/status.h"

namespace glossator::pipeline {

// plugin name -> key -> value. A key given several times in the config file,
// or several times with --set (a repeatable key such as concepts.thesaurus),
// has its values joined by '\n', in the order given; a key --set gives
// replaces the config file's values of it. Keys not given have their
// declared defaults.
using ConfigValues = std::map<std::string, std::map<std::string, std::string>>;

// Errors name the file and line (config file), the setting (--set), and for
// an unknown key the plugin and the keys it knows. left_out: plugins found
// but not run (--plugins), which a setting for them is told of.
Result<ConfigValues> ResolveConfig(const std::vector<PluginInfo>& plugins,
                                   const std::string& config_file,
                                   const std::vector<std::string>& settings,
                                   const std::vector<std::string>& left_out = {});

}  // namespace glossator::pipeline

#endif  // GLOSSATOR_PIPELINE_PLUGIN_CONFIG_H_
