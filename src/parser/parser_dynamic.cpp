// CreateDynamicFunction (ECMA-262 20.2.1.1.1): the Function, GeneratorFunction, AsyncFunction and
// AsyncGeneratorFunction constructors.
#include "parser/annotate.h"
#include "parser/parser_impl.h"

namespace yjs {

namespace {

std::u16string_view prefix_for(DynamicFunctionKind kind) {
    switch (kind) {
    case DynamicFunctionKind::Normal:
        return u"function";
    case DynamicFunctionKind::Generator:
        return u"function*";
    case DynamicFunctionKind::Async:
        return u"async function";
    case DynamicFunctionKind::AsyncGenerator:
        return u"async function*";
    }
    return u"function";
}

void set_kind(FunctionNode* fn, DynamicFunctionKind kind) {
    fn->is_generator = kind == DynamicFunctionKind::Generator || kind == DynamicFunctionKind::AsyncGenerator;
    fn->is_async = kind == DynamicFunctionKind::Async || kind == DynamicFunctionKind::AsyncGenerator;
}

ParseOptions dynamic_options(const ParseOptions& options) {
    ParseOptions result;
    result.validate_regexp = options.validate_regexp;
    return result;
}

} // namespace

FunctionState& Parser::enter_standalone_function(FunctionNode* fn) {
    Program* program = ast_.arena.make<Program>();
    program_ = program;
    FunctionState& top = function_states_.emplace_back();
    fn_ = &top;
    top.scope = push_scope(ParserScope::Kind::Program, program);
    FunctionState& state = enter_function(fn);
    state.allow_new_target = true;
    state.allow_arguments = true;
    yield_keyword_ = fn->is_generator;
    await_keyword_ = fn->is_async;
    return state;
}

bool Parser::parse_standalone_parameters(DynamicFunctionKind kind) {
    auto* fn = ast_.arena.make<FunctionNode>(NodeKind::FunctionExpression);
    set_kind(fn, kind);
    enter_standalone_function(fn);
    advance();
    if (error_) return false;
    in_parameters_ = true;
    if (!parse_formal_parameters(fn, TokenType::EndOfFile)) return false;
    return !error_;
}

bool Parser::parse_standalone_body(DynamicFunctionKind kind) {
    auto* fn = ast_.arena.make<FunctionNode>(NodeKind::FunctionExpression);
    set_kind(fn, kind);
    enter_standalone_function(fn);
    advance();
    if (error_) return false;
    bool became_strict = false;
    return parse_directives_and_statements(fn->body, TokenType::EndOfFile, true, became_strict);
}

FunctionNode* Parser::parse_standalone_function(DynamicFunctionKind kind) {
    Program* program = ast_.arena.make<Program>();
    program_ = program;
    FunctionState& top = function_states_.emplace_back();
    fn_ = &top;
    top.scope = push_scope(ParserScope::Kind::Program, program);
    advance();
    if (error_) return nullptr;
    SourcePos start = pos();
    FunctionHeader header;
    if (kind == DynamicFunctionKind::Async || kind == DynamicFunctionKind::AsyncGenerator) {
        header.is_async = true;
        advance();
    }
    FunctionNode* fn = parse_function(NodeKind::FunctionExpression, start, header, false);
    if (!fn) return nullptr;
    if (!at(TokenType::EndOfFile)) {
        fail_unexpected();
        return nullptr;
    }
    // The name "anonymous" is not bound inside the function.
    fn->id = nullptr;
    auto* statement = make<ExpressionStatement>(start);
    statement->expression = fn;
    finish(statement);
    program->body.push_back(statement);
    program->end = prev_end_;
    pop_scope();
    annotate_usage(program);
    ast_.program = program;
    return fn;
}

ParseResult parse_dynamic_function(std::u16string_view parameters, std::u16string_view body,
                                   DynamicFunctionKind kind, const ParseOptions& options) {
    ParseResult result;
    ParseOptions piece_options = dynamic_options(options);
    {
        Ast scratch;
        scratch.source = std::u16string(parameters);
        Parser parser(scratch.source, piece_options, scratch);
        if (!parser.parse_standalone_parameters(kind)) {
            result.error = parser.error().value_or(SyntaxError{"syntax error", 1, 1});
            return result;
        }
    }
    std::u16string body_text = u"\n" + std::u16string(body) + u"\n";
    {
        Ast scratch;
        scratch.source = body_text;
        Parser parser(scratch.source, piece_options, scratch);
        if (!parser.parse_standalone_body(kind)) {
            result.error = parser.error().value_or(SyntaxError{"syntax error", 1, 1});
            return result;
        }
    }
    auto ast = std::make_unique<Ast>();
    ast->source = std::u16string(prefix_for(kind)) + u" anonymous(" + std::u16string(parameters) + u"\n) {" +
                  body_text + u"}";
    Parser parser(ast->source, piece_options, *ast);
    if (!parser.parse_standalone_function(kind)) {
        result.error = parser.error().value_or(SyntaxError{"syntax error", 1, 1});
        return result;
    }
    result.ast = std::move(ast);
    return result;
}

FunctionNode* dynamic_function(const ParseResult& result) {
    Program* program = result.program();
    if (!program || program->body.empty() || program->body[0]->kind != NodeKind::ExpressionStatement)
        return nullptr;
    Node* expression = program->body[0]->as<ExpressionStatement>()->expression;
    return expression && is_function_node(expression->kind) ? expression->as<FunctionNode>() : nullptr;
}

} // namespace yjs
