# What `cmake --install` puts under the prefix (included from core/CMakeLists.txt):
#
#   include/glossator/           the public headers, listed one by one (nothing of src/)
#   lib/libglossator_core.a      Glossator::core
#   lib/glossator/plugins/       the installed plugin directory (made empty)
#   lib/cmake/Glossator/         the package: GlossatorConfig.cmake, its version
#                                file, the targets, glossator_add_plugin()
#   bin/glossator                (installed by core/CMakeLists.txt)
#   share/doc/glossator/         the plugin template (plugin-template/) and each
#                                shipped plugin's README (<plugin>/README.md)
#
# tests/install builds samples/plugin-template and a small Glossator::core
# consumer against this.
include(CMakePackageConfigHelpers)

set(GLOSSATOR_PUBLIC_HEADERS
  annotation.h
  bibliography.h
  document.h
  edits.h
  export.h
  extract.h
  pipeline.h
  plugin.h
  plugin.hpp
  plugin_testing.h
  status.h
  tei.h)
list(TRANSFORM GLOSSATOR_PUBLIC_HEADERS PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/include/glossator/)
install(FILES ${GLOSSATOR_PUBLIC_HEADERS} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/glossator)

set(GLOSSATOR_INSTALL_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Glossator)
# The same directory the glossator command searches last (GLOSSATOR_INSTALLED_PLUGIN_DIR).
set(GLOSSATOR_INSTALL_PLUGIN_DIR ${CMAKE_INSTALL_LIBDIR}/glossator/plugins)

# Two export sets, so that plugin authors need none of the core's dependencies.
install(TARGETS glossator_plugin EXPORT GlossatorPluginTargets)
install(TARGETS glossator_core EXPORT GlossatorCoreTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT GlossatorPluginTargets NAMESPACE Glossator::
        DESTINATION ${GLOSSATOR_INSTALL_CMAKE_DIR})
install(EXPORT GlossatorCoreTargets NAMESPACE Glossator::
        DESTINATION ${GLOSSATOR_INSTALL_CMAKE_DIR})

install(DIRECTORY DESTINATION ${GLOSSATOR_INSTALL_PLUGIN_DIR})

# The plugin author's starting point, beside the headers it documents.
install(FILES ${PROJECT_SOURCE_DIR}/samples/plugin-template/README.md
              ${PROJECT_SOURCE_DIR}/samples/plugin-template/CMakeLists.txt
              ${PROJECT_SOURCE_DIR}/samples/plugin-template/quotes.cc
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/glossator/plugin-template)

# GlossatorConfig.cmake finds what Glossator::core links (keep it in step with
# target_link_libraries(glossator_core ...) in core/CMakeLists.txt).
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/GlossatorConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/GlossatorConfig.cmake
  INSTALL_DESTINATION ${GLOSSATOR_INSTALL_CMAKE_DIR}
  PATH_VARS GLOSSATOR_INSTALL_PLUGIN_DIR)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/GlossatorConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/GlossatorConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/GlossatorConfigVersion.cmake
  ${CMAKE_CURRENT_LIST_DIR}/GlossatorPlugin.cmake
  DESTINATION ${GLOSSATOR_INSTALL_CMAKE_DIR})
