# glossator_add_plugin(<name> <source>... [DESTINATION <dir>] [NO_INSTALL])
#
# Builds a Glossator plugin: a MODULE library lib<name>.so with hidden
# visibility (only the entry point GLOSSATOR_PLUGIN emits is exported) that
# links Glossator::plugin, the headers plugin.h and plugin.hpp. It never links
# against Glossator itself.
#
#   find_package(Glossator 0.1 REQUIRED)
#   glossator_add_plugin(quotes quotes.cc)
#
# Installed into DESTINATION, by default GLOSSATOR_PLUGIN_DIR: the plugin
# directory of the Glossator that was found (an absolute path), or in
# Glossator's own tree lib/glossator/plugins under the install prefix. A
# relative DESTINATION is under your project's install prefix; add it to
# GLOSSATOR_PLUGIN_PATH then. NO_INSTALL: no install rule.
#
# Where the library is built: GLOSSATOR_PLUGIN_OUTPUT_DIRECTORY when set (in
# Glossator's own tree: <build>/plugins), else CMake's default.
function(glossator_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "NO_INSTALL" "DESTINATION" "")
  if(NOT arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "glossator_add_plugin(${name}): no source files given")
  endif()
  add_library(${name} MODULE ${arg_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE Glossator::plugin)
  set_target_properties(${name} PROPERTIES
    PREFIX "lib"
    CXX_VISIBILITY_PRESET hidden
    C_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(GLOSSATOR_PLUGIN_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES
      LIBRARY_OUTPUT_DIRECTORY "${GLOSSATOR_PLUGIN_OUTPUT_DIRECTORY}")
  endif()
  # In Glossator's own tree, plugins get the project's warnings like the core.
  if(TARGET glossator_warnings)
    target_link_libraries(${name} PRIVATE glossator_warnings)
  endif()
  if(NOT arg_NO_INSTALL)
    set(destination "${arg_DESTINATION}")
    if(NOT destination)
      set(destination "${GLOSSATOR_PLUGIN_DIR}")
    endif()
    if(NOT destination)
      message(FATAL_ERROR "glossator_add_plugin(${name}): GLOSSATOR_PLUGIN_DIR is not set; "
                          "call find_package(Glossator) first, or pass DESTINATION or NO_INSTALL")
    endif()
    install(TARGETS ${name} LIBRARY DESTINATION "${destination}")
  endif()
endfunction()
