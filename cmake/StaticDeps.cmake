# Links SQLite and utf8proc from their static archives (Debian's libsqlite3-dev and
# libutf8proc-dev ship them next to the shared libraries). A quick command such as `show` is
# mostly process start-up: each shared library costs its loading and symbol binding, about
# 0.6 ms for these and libcrypto together on the benchmark's machine (docs/performance.md).
# The archives are the same builds as the shared libraries; a security update of either means
# rebuilding redress. Falls back to the shared library when an archive is missing.

find_library(REDRESS_SQLITE3_ARCHIVE NAMES libsqlite3.a)
if(REDRESS_SQLITE3_ARCHIVE AND TARGET SQLite::SQLite3)
  set_target_properties(SQLite::SQLite3 PROPERTIES IMPORTED_LOCATION "${REDRESS_SQLITE3_ARCHIVE}")
  set_property(TARGET SQLite::SQLite3 APPEND PROPERTY INTERFACE_LINK_LIBRARIES
               m ${CMAKE_DL_LIBS} Threads::Threads)
else()
  message(STATUS "libsqlite3.a not found: linking SQLite as a shared library")
endif()

add_library(redress_utf8proc INTERFACE)
find_library(REDRESS_UTF8PROC_ARCHIVE NAMES libutf8proc.a HINTS ${UTF8PROC_LIBRARY_DIRS})
if(REDRESS_UTF8PROC_ARCHIVE)
  target_include_directories(redress_utf8proc INTERFACE ${UTF8PROC_INCLUDE_DIRS})
  target_link_libraries(redress_utf8proc INTERFACE "${REDRESS_UTF8PROC_ARCHIVE}")
else()
  message(STATUS "libutf8proc.a not found: linking utf8proc as a shared library")
  target_link_libraries(redress_utf8proc INTERFACE PkgConfig::UTF8PROC)
endif()
