# The web module (README.md "The JavaScript API"): bindings/wasm/lede_wasm.cpp + the core, built with
# Emscripten into lede-core.mjs + lede-core.wasm in the build directory. bindings/wasm/lede.js wraps it;
# scripts/build.sh stages both into build/web/. Each flag's reason is written beside it below.

# Exceptions: the core and the glue never throw, so the module is built with -fno-exceptions (in this
# Emscripten -fexceptions routes every call that may throw through a JS trampoline: bigger and slower).
# ON builds with -fexceptions, only to measure the difference.
option(LEDE_WASM_EXCEPTIONS "Build the web module with -fexceptions (for measurements only)" OFF)
# emmalloc is smaller than dlmalloc; the choice is measured in docs (size and words/s).
set(LEDE_WASM_MALLOC "emmalloc" CACHE STRING "Emscripten allocator of the web module (emmalloc or dlmalloc)")

# SIMD: the perceptron's dense weight rows and score loops vectorize (wasm SIMD is in every current
# browser and node; measured in docs/decisions.md). OFF builds scalar wasm, for measurements or old engines.
option(LEDE_WASM_SIMD "Build the web module with -msimd128" ON)
if(LEDE_WASM_SIMD)
  set(lede_wasm_simd_flag -msimd128)
else()
  set(lede_wasm_simd_flag "")
endif()

if(LEDE_WASM_EXCEPTIONS)
  set(lede_wasm_exception_flag -fexceptions)
else()
  set(lede_wasm_exception_flag -fno-exceptions)
endif()

# Full LTO (thin LTO's system libraries are not in the frozen cache); -DNDEBUG stays even if someone
# overrides CMAKE_CXX_FLAGS_RELEASE.
set(lede_wasm_compile_flags -O3 -flto -DNDEBUG ${lede_wasm_exception_flag} ${lede_wasm_simd_flag})
target_compile_options(lede_core PRIVATE ${lede_wasm_compile_flags})

add_executable(lede_wasm "${CMAKE_SOURCE_DIR}/bindings/wasm/lede_wasm.cpp")
set_target_properties(lede_wasm PROPERTIES OUTPUT_NAME lede-core SUFFIX .mjs)
target_compile_options(lede_wasm PRIVATE ${lede_wasm_compile_flags})
target_link_libraries(lede_wasm PRIVATE lede_core)
target_link_options(lede_wasm PRIVATE
  -O3 -flto ${lede_wasm_exception_flag} ${lede_wasm_simd_flag}
  -lembind
  -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createLedeCore
  # web,worker only: adding node with EXPORT_ES6 emits require/__dirname. lede.js hands node the bytes.
  -sENVIRONMENT=web,worker
  -sFILESYSTEM=0
  # No eval/new Function in Embind's glue: the page's Content-Security-Policy allows only wasm-unsafe-eval.
  -sDYNAMIC_EXECUTION=0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB
  -sMALLOC=${LEDE_WASM_MALLOC})

# The model the site ships, core/models/${LEDE_MODEL_FILE} (CMakeLists.txt), staged into web-model/ with
# lede-model.json naming it: lede.js reads that file to find its default model, so the name (which carries
# the version) is written in one place. {"file": null} when the build has no model: rules only.
# Done at configure time (scripts/build.sh configures on every run; configure_file re-runs CMake when the
# model changes); build.sh copies web-model/ into build/web/.
set(lede_web_model_dir "${CMAKE_BINARY_DIR}/web-model")
set(lede_model_source "${CMAKE_SOURCE_DIR}/core/models/${LEDE_MODEL_FILE}")
file(REMOVE_RECURSE "${lede_web_model_dir}")
if(EXISTS "${lede_model_source}")
  configure_file("${lede_model_source}" "${lede_web_model_dir}/${LEDE_MODEL_FILE}" COPYONLY)
  file(WRITE "${lede_web_model_dir}/lede-model.json" "{\"file\": \"${LEDE_MODEL_FILE}\"}\n")
else()
  file(WRITE "${lede_web_model_dir}/lede-model.json" "{\"file\": null}\n")
endif()
