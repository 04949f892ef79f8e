# embed_schemas(OUT <header> [NAMESPACE <c++ namespace>] SOURCES <files...>)
# Turns the ordered SQL migrations into a generated C++ header at build time, so the binary
# carries its schema and schemas/*.sql stays plain SQL that `sqlite3 :memory: <` accepts (and
# schemas/postgresql/*.sql plain SQL that psql accepts). The header defines k_migrations in
# NAMESPACE (default redress::store::generated).
function(embed_schemas)
  cmake_parse_arguments(ARG "" "OUT;NAMESPACE" "SOURCES" ${ARGN})
  if(NOT ARG_NAMESPACE)
    set(ARG_NAMESPACE "redress::store::generated")
  endif()
  add_custom_command(
    OUTPUT "${ARG_OUT}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${ARG_OUT} "-DSOURCES=${ARG_SOURCES}" "-DNAMESPACE=${ARG_NAMESPACE}"
            -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedSchemasScript.cmake"
    DEPENDS ${ARG_SOURCES} "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedSchemasScript.cmake"
    COMMENT "Embedding SQL migrations"
    VERBATIM)
endfunction()
