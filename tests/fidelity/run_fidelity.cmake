# ctest driver for fidelity_npm: install the pinned npm clients (once) in the build tree, then run fidelity.mjs.
# Inputs: NODE, NPM, FIXTURE (sandbox-fixture), SOURCE_DIR (tests/fidelity), WORK_DIR (scratch dir in the build tree).
foreach(file package.json package-lock.json fidelity.mjs)
    configure_file(${SOURCE_DIR}/${file} ${WORK_DIR}/${file} COPYONLY)
endforeach()

# Reinstall when the lock file changed since the last install.
file(SHA256 ${WORK_DIR}/package-lock.json lock_hash)
set(stamp ${WORK_DIR}/node_modules/.sb-lock-sha256)
set(installed_hash "")
if(EXISTS ${stamp})
    file(READ ${stamp} installed_hash)
endif()
if(NOT EXISTS ${WORK_DIR}/node_modules OR NOT installed_hash STREQUAL lock_hash)
    message(STATUS "npm ci in ${WORK_DIR}")
    execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error
                    WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE npm_result)
    if(NOT npm_result EQUAL 0)
        message(FATAL_ERROR "npm ci failed (${npm_result}): the fidelity test needs the npm registry once")
    endif()
    file(WRITE ${stamp} ${lock_hash})
endif()

execute_process(COMMAND ${NODE} fidelity.mjs --fixture ${FIXTURE}
                WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE node_result)
if(NOT node_result EQUAL 0)
    message(FATAL_ERROR "fidelity.mjs failed (${node_result}): an official client saw the sandbox differ from the real service")
endif()
