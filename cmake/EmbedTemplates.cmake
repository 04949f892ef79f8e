# embed_templates(OUT <header> SOURCES <template files...>)
# Turns the built-in message templates (templates/KIND.LANG.txt) into a generated C++ header at
# build time, so the binary carries them and templates/ stays plain text that translators edit.
function(embed_templates)
  cmake_parse_arguments(ARG "" "OUT" "SOURCES" ${ARGN})
  add_custom_command(
    OUTPUT "${ARG_OUT}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${ARG_OUT} "-DSOURCES=${ARG_SOURCES}"
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedTemplatesScript.cmake"
    DEPENDS ${ARG_SOURCES} "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedTemplatesScript.cmake"
    COMMENT "Embedding message templates"
    VERBATIM)
endfunction()
