# Warnings and sanitizers as INTERFACE targets: our own targets link them PRIVATE, so the
# flags never leak into dependencies or into global CMAKE_CXX_FLAGS.
add_library(redress_warnings INTERFACE)
target_compile_options(redress_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  # GCC 12 reports false positives inside nlohmann::json and libstdc++ at -O2
  # (GCC bugs 105562, 105329); they are noise, not findings in our code.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized -Wno-restrict>
  $<$<BOOL:${REDRESS_WERROR}>:-Werror>)

add_library(redress_sanitizers INTERFACE)
if(REDRESS_SANITIZE)
  target_compile_options(redress_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(redress_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# REDRESS_FUZZ: our code is instrumented for libFuzzer (coverage) and checked by ASan/UBSan;
# fuzz/ links the fuzzer's main into each target.
if(REDRESS_FUZZ)
  target_compile_options(redress_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined)
  target_link_options(redress_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
