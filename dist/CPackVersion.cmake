# Read by cpack when it runs (CPACK_PROJECT_CONFIG_FILE): the package takes the version the
# build wrote from git describe (cmake/Version.cmake), such as 0.1.0+git412.2fc1139.
if(EXISTS "${CPACK_REDRESS_VERSION_FILE}")
  file(STRINGS "${CPACK_REDRESS_VERSION_FILE}" version LIMIT_COUNT 1)
  set(CPACK_PACKAGE_VERSION "${version}")
  set(CPACK_DEBIAN_PACKAGE_VERSION "${version}")
endif()
