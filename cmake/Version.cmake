# The version: PROJECT_VERSION, plus `git describe` when the sources are a git checkout.
# A target run on every build (cmake/VersionScript.cmake) writes
#   ${REDRESS_VERSION_HEADER}  REDRESS_VERSION, REDRESS_GIT_DESCRIBE, REDRESS_PACKAGE_VERSION
#   ${REDRESS_VERSION_FILE}    the package version alone (CPack reads it: dist/CPackConfig.cmake)
# and touches them only when they change.
set(REDRESS_VERSION_HEADER "${PROJECT_BINARY_DIR}/generated/redress_version.hpp")
set(REDRESS_VERSION_FILE "${PROJECT_BINARY_DIR}/package-version.txt")
add_custom_target(redress_version
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DPROJECT_VERSION=${PROJECT_VERSION}
          -DOUT_HEADER=${REDRESS_VERSION_HEADER} -DOUT_TEXT=${REDRESS_VERSION_FILE}
          -P "${CMAKE_CURRENT_LIST_DIR}/VersionScript.cmake"
  BYPRODUCTS "${REDRESS_VERSION_HEADER}" "${REDRESS_VERSION_FILE}"
  COMMENT "Version from git describe"
  VERBATIM)
