#pragma once
// Helpers shared by the parser unit tests.
#include "parser/ast_dump.h"
#include "parser/parser.h"

#include <string>

namespace yjs::test {

inline ParseResult parse_text(const std::string& source, bool module = false, bool strict = false) {
    ParseOptions options;
    options.is_module = module;
    options.strict = strict;
    return parse_program(utf8_to_utf16(source), options);
}

inline bool parses(const std::string& source, bool module = false) {
    return parse_text(source, module).ok();
}

inline bool parses_strict(const std::string& source) {
    return parse_text(source, false, true).ok();
}

// The S-expression dump of the program, or "SyntaxError: <message>" when parsing fails.
inline std::string dump(const std::string& source, bool module = false) {
    auto result = parse_text(source, module);
    if (!result.ok()) return "SyntaxError: " + result.error->message;
    return dump_ast(result.program());
}

// The dump of the first statement's expression (for expression tests).
inline std::string expr(const std::string& source) {
    auto result = parse_text(source);
    if (!result.ok()) return "SyntaxError: " + result.error->message;
    Node* statement = result.program()->body.at(0);
    if (statement->kind != NodeKind::ExpressionStatement) return dump_ast(statement);
    return dump_ast(statement->as<ExpressionStatement>()->expression);
}

inline Program* program_of(const ParseResult& result) {
    return result.program();
}

} // namespace yjs::test
