# The compiled word set of the line-end hyphen decisions
# (core/src/layout/word_set.h): make_word_set expands the Hunspell dictionary
# GLOSSATOR_DICTIONARY and the domain words into C++ data at build time, so no
# document loads the dictionary. Sets GLOSSATOR_WORD_SET_SOURCE.
add_executable(make_word_set ${CMAKE_CURRENT_SOURCE_DIR}/tools/make_word_set.cc
                             ${CMAKE_CURRENT_SOURCE_DIR}/src/layout/word_case.cc)
target_include_directories(make_word_set PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
target_link_libraries(make_word_set PRIVATE glossator_warnings PkgConfig::HUNSPELL ICU::uc)

set(GLOSSATOR_WORD_SET_SOURCE ${CMAKE_CURRENT_BINARY_DIR}/generated/word_set_data.cc)
set(_word_set_inputs ${CMAKE_CURRENT_SOURCE_DIR}/src/layout/domain_words.h)
foreach(ext aff dic)
  if(EXISTS ${GLOSSATOR_DICTIONARY}.${ext})
    list(APPEND _word_set_inputs ${GLOSSATOR_DICTIONARY}.${ext})
  endif()
endforeach()
add_custom_command(
  OUTPUT ${GLOSSATOR_WORD_SET_SOURCE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated
  COMMAND make_word_set ${GLOSSATOR_DICTIONARY} ${GLOSSATOR_WORD_SET_SOURCE}
  DEPENDS make_word_set ${_word_set_inputs}
  COMMENT "Compiling the word set of ${GLOSSATOR_DICTIONARY} for line-end hyphens"
  VERBATIM)
