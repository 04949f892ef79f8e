# embed_schemas(OUT <header> SOURCES <sql files...>)
# Turns the ordered SQL migrations into a generated C++ header at build time, so the binary
# carries its schema and schemas/*.sql stays plain SQL that `sqlite3 :memory: <` accepts.
function(embed_schemas)
  cmake_parse_arguments(ARG "" "OUT" "SOURCES" ${ARGN})
  add_custom_command(
    OUTPUT "${ARG_OUT}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${ARG_OUT} "-DSOURCES=${ARG_SOURCES}"
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedSchemasScript.cmake"
    DEPENDS ${ARG_SOURCES} "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedSchemasScript.cmake"
    COMMENT "Embedding SQL migrations"
    VERBATIM)
endfunction()
