# The layers of lib/: one static library per folder, whose headers only the
# targets that link it can include (see lib/CMakeLists.txt and the "Layers"
# section of docs/architecture.md). Used by lib/CMakeLists.txt, and by
# tests/scripts/test_layers.py on a small tree to show that an upward
# include does not build.

# Creates netadmin_<folder> from lib/<folder>/*.cpp with its include root.
function(netadmin_layer folder)
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp)
  list(FILTER sources EXCLUDE REGEX "_test\\.cpp$")
  add_library(netadmin_${folder} STATIC ${sources})
  set(root ${CMAKE_CURRENT_BINARY_DIR}/include/${folder})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${folder} ${root}/${folder} SYMBOLIC)
  target_include_directories(netadmin_${folder} PUBLIC ${root})
  target_link_libraries(netadmin_${folder} PUBLIC netadmin_fmt PRIVATE netadmin_settings)
  set_property(GLOBAL APPEND PROPERTY NETADMIN_LAYERS ${folder})
endfunction()

# One header of a higher folder that a folder still includes, as a declared
# exception (.ci/check-layers reports it, and fails once nothing includes
# it): the folder's target sees that header alone, not its folder.
function(netadmin_pending_include folder header)
  set(root ${CMAKE_CURRENT_BINARY_DIR}/include/${folder}-pending)
  get_filename_component(dir ${root}/${header} DIRECTORY)
  file(MAKE_DIRECTORY ${dir})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${header} ${root}/${header} SYMBOLIC)
  target_include_directories(netadmin_${folder} PUBLIC ${root})
endfunction()

# Fails when a folder of the calling directory is not a declared layer, so
# a new folder cannot be left out of the layers (or out of the build).
function(netadmin_layers_complete)
  get_property(layers GLOBAL PROPERTY NETADMIN_LAYERS)
  file(GLOB folders LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/*)
  foreach(folder ${folders})
    if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${folder} AND NOT folder IN_LIST layers)
      message(FATAL_ERROR "lib/${folder} is not a layer: declare it with netadmin_layer in lib/CMakeLists.txt")
    endif()
  endforeach()
endfunction()
