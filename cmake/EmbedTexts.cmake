# embed_texts(OUT <header> NAMESPACE <ns> SOURCES <files...>)
# Turns text files (the preset policies, the built-in message templates) into a generated C++
# header at build time: one `{name, text}` entry per file, named after the file without its
# last extension, in the order given. The sources stay plain text that people edit.
function(embed_texts)
  cmake_parse_arguments(ARG "" "OUT;NAMESPACE" "SOURCES" ${ARGN})
  add_custom_command(
    OUTPUT "${ARG_OUT}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${ARG_OUT} -DNAMESPACE=${ARG_NAMESPACE} "-DSOURCES=${ARG_SOURCES}"
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedTextsScript.cmake"
    DEPENDS ${ARG_SOURCES} "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedTextsScript.cmake"
    COMMENT "Embedding ${ARG_NAMESPACE} texts"
    VERBATIM)
endfunction()
