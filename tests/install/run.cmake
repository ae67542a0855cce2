# ctest driver for tests/install: install the already-built onoma into a scratch prefix, build
# the consumer against it with find_package, then build the consumer again with add_subdirectory.
cmake_minimum_required(VERSION 3.16)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output
                  ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "failed (${result}): ${command}\n${output}")
  endif()
  message(STATUS "${output}")
endfunction()

set(config "${CONFIG}")
if(NOT config)
  set(config Release)
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}" --config "${config}")

# The parent build's compiler and flags (sanitizers), for both consumer builds.
set(flags "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}")
if(CXX_COMPILER)
  list(APPEND flags "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
endif()

# find_package(onoma) from the installed prefix.
run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/install" -B "${WORK_DIR}/package" -G "${GENERATOR}"
    "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_BUILD_TYPE=${config}" ${flags})
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/package" --config "${config}")
run("${WORK_DIR}/package/consumer")

# add_subdirectory(onoma): options default off, nothing but the library is built.
run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/install" -B "${WORK_DIR}/subdirectory"
    -G "${GENERATOR}" "-DONOMA_SOURCE_DIR=${SOURCE_DIR}" "-DCMAKE_BUILD_TYPE=${config}" ${flags})
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/subdirectory" --config "${config}" --target consumer)
run("${WORK_DIR}/subdirectory/consumer")
