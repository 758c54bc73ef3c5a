#pragma once
#include "regexp/ast.h"
#include "regexp/bytecode.h"

#include <memory>

namespace yjs::regexp {

// Generates the bytecode for a parsed pattern.
std::shared_ptr<const detail::Code> compile_ast(const Ast& ast, Flags flags);

} // namespace yjs::regexp
