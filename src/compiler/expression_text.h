#pragma once
// Renders an expression the way V8 names it in TypeErrors ("x.toUpperCase is not a function",
// "f(...) is not a function", "o.p is not iterable"), for the operand texts of code blocks.
#include <string>

namespace yjs {

struct Node;

// `a.b`, `a[0]`, `a[k]`, `f(...)`, `(a + b)`, `this.x`; "(intermediate value)" for what V8 does not spell
// out (function and class literals, conditionals, super's base, ...). UTF-8.
std::string expression_text(const Node* expression);

} // namespace yjs
