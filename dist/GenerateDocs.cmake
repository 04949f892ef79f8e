# Writes the manual pages and shell completions into OUT (run at build time by
# dist/CMakeLists.txt): the command pages and completions from the binary's own command tree
# (`redress __generate`), redress-policy(5) from docs/policy.md (md2man.py), then every page
# compressed with `gzip -9n` as Debian installs them. OUT is emptied first, so a command that
# is gone leaves no page behind.
# Inputs: REDRESS (the binary), PYTHON, MD2MAN, POLICY_MD, VERSION, OUT.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}/man" "${OUT}/completions")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    list(JOIN ARGN " " line)
    message(FATAL_ERROR "failed (${status}): ${line}")
  endif()
endfunction()

run("${REDRESS}" __generate man -o "${OUT}/man")
run("${PYTHON}" "${MD2MAN}" "${POLICY_MD}" "${OUT}/man/redress-policy.5" redress-policy 5 "${VERSION}"
    "the rules of a redress ledger, .redress/policy.toml"
    "redress(1)" "redress-init(1)" "redress-policy(1)")
run("${REDRESS}" __generate bash -o "${OUT}/completions/redress")
run("${REDRESS}" __generate zsh -o "${OUT}/completions/_redress")
run("${REDRESS}" __generate fish -o "${OUT}/completions/redress.fish")
file(GLOB pages "${OUT}/man/*.[15]")
foreach(page IN LISTS pages)
  run(gzip -9nkf "${page}")
endforeach()
