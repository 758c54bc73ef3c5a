#pragma once
// A compact S-expression rendering of an AST, for tests and debugging, e.g.
//   (Program (ExpressionStatement (BinaryExpression + (Identifier a) (NumericLiteral 1))))
#include "parser/ast.h"

#include <string>

namespace yjs {

std::string dump_ast(const Node* node);

} // namespace yjs
