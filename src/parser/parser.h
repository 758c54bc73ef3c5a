#pragma once
// Public entry points of the front end: parse a Script/Module (or eval code), or the parameters and body
// of a dynamic function (Function/GeneratorFunction/AsyncFunction/AsyncGeneratorFunction constructors).
#include "parser/ast.h"
#include "runtime/unicode.h" // utf8_to_utf16 / utf16_to_utf8 for callers of the parser

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yjs {

// An early error: the message and the 1-based line and column (UTF-16 code units) where it was found.
struct SyntaxError {
    std::string message;
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};

// Validates a regular expression literal's pattern (flags are already checked by the parser: only
// d g i m s u v y, each at most once, not both u and v). Returns an error message if the pattern is not a
// valid Pattern for those flags, nullopt if it is.
using RegExpValidator =
    std::function<std::optional<std::string>(std::u16string_view pattern, std::u16string_view flags)>;

struct ParseOptions {
    bool is_module = false;
    bool strict = false; // start in strict mode (e.g. direct eval called from strict code)

    // Eval code (PerformEval). The four flags below and private_names describe the context of a direct
    // eval; they are only consulted when is_eval is set (plain scripts and modules never allow these).
    bool is_eval = false;
    bool in_function = false;                // new.target allowed
    bool allow_super_property = false;       // super.x allowed (inside a method)
    bool allow_super_call = false;           // super() allowed (inside a derived constructor)
    bool in_class_field_initializer = false; // `arguments` is an early error (ContainsArguments)

    // Whether `await` / `yield` are keywords at the top level of the code given to parse_program (they
    // make top-level AwaitExpression / YieldExpression syntax available). parse_dynamic_function ignores
    // them and derives both from the function kind.
    bool allow_await = false;
    bool allow_yield = false;

    // Private names (including '#') declared by the classes enclosing a direct eval.
    std::vector<std::u16string> private_names;

    // Optional: called for every regular expression literal.
    RegExpValidator validate_regexp;
};

struct ParseResult {
    std::unique_ptr<Ast> ast; // set on success
    std::optional<SyntaxError> error;

    bool ok() const { return ast != nullptr; }
    Program* program() const { return ast ? ast->program : nullptr; }
};

// Parses a Script or a Module (per options.is_module), or eval code (options.is_eval).
ParseResult parse_program(std::u16string_view source, const ParseOptions& options);

enum class DynamicFunctionKind : std::uint8_t { Normal, Generator, Async, AsyncGenerator };

// CreateDynamicFunction steps: parses `parameters` as FormalParameters and `body` as the matching
// FunctionBody separately, then the synthesized source
//   "<prefix> anonymous(" + parameters + "\n) {" + body + "\n}"
// as a whole. On success the Ast's source is that synthesized text and program->body holds a single
// ExpressionStatement whose expression is the FunctionExpression (also returned by dynamic_function()).
ParseResult parse_dynamic_function(std::u16string_view parameters, std::u16string_view body,
                                   DynamicFunctionKind kind, const ParseOptions& options);

// The FunctionNode of a successful parse_dynamic_function result.
FunctionNode* dynamic_function(const ParseResult& result);

} // namespace yjs
