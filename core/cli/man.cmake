# The man page, glossator(1), made from the command's own help with help2man
# (Debian's help2man) when it is installed: the main --help, then a COMMANDS
# section holding each command's --help (man_commands.cmake writes it).
find_program(HELP2MAN_EXECUTABLE help2man)
if(NOT HELP2MAN_EXECUTABLE)
  message(STATUS "help2man not found: no man page (apt-get install help2man)")
  return()
endif()
set(GLOSSATOR_MAN_COMMANDS ${CMAKE_CURRENT_BINARY_DIR}/glossator-commands.h2m)
set(GLOSSATOR_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/glossator.1)
add_custom_command(
  OUTPUT ${GLOSSATOR_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND} -DGLOSSATOR=$<TARGET_FILE:glossator> -DOUT=${GLOSSATOR_MAN_COMMANDS}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/man_commands.cmake
  COMMAND ${HELP2MAN_EXECUTABLE} --no-info --section=1
          "--name=annotated TEI from the PDFs of course readings"
          --include=${GLOSSATOR_MAN_COMMANDS} --output=${GLOSSATOR_MAN_PAGE} $<TARGET_FILE:glossator>
  DEPENDS glossator ${CMAKE_CURRENT_SOURCE_DIR}/cli/man_commands.cmake
  COMMENT "Writing the man page glossator.1 from the command's help"
  VERBATIM)
add_custom_target(glossator_man ALL DEPENDS ${GLOSSATOR_MAN_PAGE})
install(FILES ${GLOSSATOR_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
