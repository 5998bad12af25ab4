# cmake -DGLOSSATOR=path/to/glossator -DOUT=file.h2m -P man_commands.cmake
# Writes a help2man include file whose COMMANDS section holds each command's
# --help as it prints it (no filling), escaped for roff.
set(text "[COMMANDS]\n")
foreach(command annotate refs text plugins pack)
  execute_process(COMMAND ${GLOSSATOR} ${command} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${GLOSSATOR} ${command} --help failed (${rc})")
  endif()
  string(REPLACE "\\" "\\e" help "${help}")
  string(REPLACE "-" "\\-" help "${help}")
  # A line starting with . or ' would be a roff request.
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(APPEND text ".SS ${command}\n.nf\n${help}.fi\n")
endforeach()
file(WRITE ${OUT} "${text}")
