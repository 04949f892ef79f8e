# Writes the Debian changelog of this native package, compressed (gzip -9n), at build time:
# one entry for the version the build carries (cmake/Version.cmake), dated by the commit.
# Inputs: SOURCE_DIR, VERSION_FILE, MAINTAINER, OUT (the .gz).
cmake_minimum_required(VERSION 3.25)
file(STRINGS "${VERSION_FILE}" version LIMIT_COUNT 1)
set(date "")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" log -1 --format=%cD
                  OUTPUT_VARIABLE date OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(date STREQUAL "")
  string(TIMESTAMP date "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()
get_filename_component(dir "${OUT}" DIRECTORY)
get_filename_component(name "${OUT}" NAME_WLE)
file(WRITE "${dir}/${name}" "redress (${version}) unstable; urgency=medium

  * Built from the redress sources; their history is the project's git log, and
    README.md and docs/ in /usr/share/doc/redress say what the tool does.

 -- ${MAINTAINER}  ${date}
")
execute_process(COMMAND gzip -9nf "${dir}/${name}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip failed: ${status}")
endif()
