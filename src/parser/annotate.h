#pragma once
// Post-pass over a parsed Program computing the usage flags of functions and of the Program (uses_this,
// uses_arguments, has_direct_eval, contains_with, uses_super_*, uses_new_target), with arrow functions
// propagating to their closest non-arrow function.
#include "parser/ast.h"

namespace yjs {

void annotate_usage(Program* program);

} // namespace yjs
