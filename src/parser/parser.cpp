// Parser driver, token helpers and statements.
#include "parser/annotate.h"
#include "parser/parser_impl.h"

#include <utility>

namespace yjs {

namespace {

constexpr int kMaxNestingDepth = 1500;

struct NestingGuard {
    explicit NestingGuard(int& depth) : depth_(depth) {}
    ~NestingGuard() { --depth_; }
    int& depth_;
};

} // namespace

Parser::Parser(std::u16string_view source, const ParseOptions& options, Ast& ast)
    : ast_(ast), options_(options), lexer_(source, options.is_module) {
    is_module_ = options.is_module;
    strict_ = options.strict || options.is_module;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens

void Parser::advance() {
    prev_end_ = tok_.end;
    tok_ = lexer_.next();
    if (tok_.type == TokenType::Invalid) fail(lexer_.error_offset(), lexer_.error());
}

Token Parser::peek_token() {
    auto state = lexer_.save();
    Token next = lexer_.next();
    lexer_.restore(state);
    return next;
}

Token Parser::peek_token2() {
    auto state = lexer_.save();
    lexer_.next();
    Token next = lexer_.next();
    lexer_.restore(state);
    return next;
}

bool Parser::eat(TokenType type) {
    if (tok_.type != type) return false;
    advance();
    return true;
}

bool Parser::expect(TokenType type) {
    if (tok_.type != type) {
        if (tok_.type == TokenType::Invalid) return false;
        return fail_at_token(
            std::string("expected '") + token_type_name(type) + "' but found " +
            (tok_.type == TokenType::EndOfFile
                 ? "end of input"
                 : "'" + utf16_to_utf8(lexer_.source().substr(tok_.start, tok_.end - tok_.start)) + "'"));
    }
    advance();
    return !error_;
}

bool Parser::at_contextual(std::u16string_view word) const {
    return tok_.type == TokenType::Identifier && !tok_.escaped && tok_.value == word;
}

bool Parser::eat_contextual(std::u16string_view word) {
    if (!at_contextual(word)) return false;
    advance();
    return true;
}

bool Parser::consume_semicolon() {
    if (eat(TokenType::Semicolon)) return !error_;
    if (tok_.type == TokenType::RightBrace || tok_.type == TokenType::EndOfFile || tok_.newline_before)
        return true;
    return fail_unexpected();
}

bool Parser::fail(std::uint32_t offset, std::string message) {
    if (!error_) {
        SyntaxError error;
        error.message = std::move(message);
        lexer_.position_of(offset, error.line, error.column);
        error_ = std::move(error);
    }
    return false;
}

bool Parser::fail_at_token(std::string message) {
    return fail(tok_.start, std::move(message));
}

bool Parser::fail_unexpected() {
    if (tok_.type == TokenType::Invalid) return false;
    if (tok_.type == TokenType::EndOfFile) return fail_at_token("unexpected end of input");
    return fail_at_token("unexpected token '" +
                         utf16_to_utf8(lexer_.source().substr(tok_.start, tok_.end - tok_.start)) + "'");
}

bool Parser::enter_nesting() {
    if (++depth_ > kMaxNestingDepth) {
        fail_at_token("too deeply nested");
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Identifiers

bool Parser::is_strict_reserved(const std::u16string& name) const {
    return name == u"implements" || name == u"interface" || name == u"let" || name == u"package" ||
           name == u"private" || name == u"protected" || name == u"public" || name == u"static" ||
           name == u"yield";
}

bool Parser::check_identifier(const Token& token, bool binding) {
    if (token.type == TokenType::EscapedKeyword)
        return fail(token.start, "keyword must not contain escaped characters");
    if (token.type != TokenType::Identifier) {
        if (token.type == TokenType::Invalid) return false;
        return fail(token.start, "unexpected token, expected an identifier");
    }
    const std::u16string& name = token.value;
    if (name == u"yield") {
        if (yield_is_keyword() || strict())
            return fail(token.start, "'yield' is not a valid identifier here");
    } else if (name == u"await") {
        if (await_is_keyword() || is_module_ || in_class_static_block_)
            return fail(token.start, "'await' is not a valid identifier here");
        if (!await_identifier_offset_) await_identifier_offset_ = token.start;
    } else if (strict() && is_strict_reserved(name)) {
        return fail(token.start, "'" + utf16_to_utf8(name) + "' is a reserved word in strict mode");
    }
    if (binding && strict() && (name == u"eval" || name == u"arguments"))
        return fail(token.start, "'" + utf16_to_utf8(name) + "' cannot be bound in strict mode");
    if (!binding && name == u"arguments" && fn_ && !fn_->allow_arguments)
        return fail(token.start, "'arguments' is not allowed in class field initializers or static blocks");
    return true;
}

bool Parser::check_binding_name(const std::u16string& name, std::uint32_t offset, bool strict_mode) {
    if (strict_mode && (name == u"eval" || name == u"arguments"))
        return fail(offset, "'" + utf16_to_utf8(name) + "' cannot be bound in strict mode");
    if (strict_mode && is_strict_reserved(name))
        return fail(offset, "'" + utf16_to_utf8(name) + "' is a reserved word in strict mode");
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Program

Program* Parser::parse_program() {
    Program* program = ast_.arena.make<Program>();
    program_ = program;
    program->is_module = is_module_;
    lexer_.set_allow_hashbang(true);
    advance();
    if (error_) return nullptr;
    program->line = 1;
    program->column = 1;

    const bool eval = options_.is_eval;
    FunctionState& state = function_states_.emplace_back();
    state.allow_new_target = eval && options_.in_function;
    state.allow_super_property = eval && options_.allow_super_property;
    state.allow_super_call = eval && options_.allow_super_call;
    state.allow_arguments = !(eval && options_.in_class_field_initializer);
    fn_ = &state;
    yield_keyword_ = options_.allow_yield;
    await_keyword_ = is_module_ || options_.allow_await;
    if (eval && !options_.private_names.empty()) {
        push_class();
        for (const auto& name : options_.private_names) {
            class_->index.emplace(name, class_->declared.size());
            class_->declared.push_back({name, PrivateNameKind::Field, false});
        }
    }

    ParserScope* scope =
        push_scope(is_module_ ? ParserScope::Kind::Module : ParserScope::Kind::Program, program);
    state.scope = scope;

    bool became_strict = false;
    if (!parse_directives_and_statements(program->body, TokenType::EndOfFile, false, became_strict))
        return nullptr;
    program->is_strict = strict_;
    program->end = static_cast<std::uint32_t>(lexer_.source().size());

    if (!is_module_) resolve_annex_b(scope, program->annex_b_function_names, nullptr);
    finish_var_scope(scope, program->var_names, program->functions_to_initialize);
    if (is_module_ && !finish_module(program)) return nullptr;
    pop_scope();
    if (class_ && !pop_class(nullptr)) return nullptr;
    annotate_usage(program);
    return program;
}

bool Parser::parse_directives_and_statements(std::vector<Node*>& body, TokenType terminator,
                                             bool function_body, bool& became_strict) {
    bool in_prologue = true;
    prologue_octal_offset_.reset();
    while (tok_.type != terminator) {
        if (tok_.type == TokenType::EndOfFile) return fail_unexpected();
        if (error_) return false;
        if (in_prologue && tok_.type == TokenType::StringLiteral) {
            Token string_token = tok_;
            Node* statement = PARSE_TRY(parse_statement_list_item());
            auto* expression_statement = statement->kind == NodeKind::ExpressionStatement
                                             ? statement->as<ExpressionStatement>()
                                             : nullptr;
            Node* expression = expression_statement ? expression_statement->expression : nullptr;
            if (expression && expression->kind == NodeKind::StringLiteral && !expression->parenthesized &&
                expression->start == string_token.start && expression->end == string_token.end) {
                expression_statement->is_directive = true;
                if (string_token.legacy_octal_offset && !prologue_octal_offset_)
                    prologue_octal_offset_ = string_token.legacy_octal_offset;
                std::u16string_view text =
                    lexer_.source().substr(string_token.start + 1, string_token.end - string_token.start - 2);
                if (text == u"use strict") {
                    if (function_body && fn_->node && !fn_->node->has_simple_parameter_list)
                        return fail(string_token.start,
                                    "\"use strict\" is not allowed in a function with non-simple parameters");
                    if (!strict_) {
                        strict_ = true;
                        became_strict = true;
                    }
                    if (prologue_octal_offset_)
                        return fail(*prologue_octal_offset_,
                                    "octal escape sequences are not allowed in strict mode");
                }
            } else {
                in_prologue = false;
            }
            body.push_back(statement);
            continue;
        }
        in_prologue = false;
        Node* statement = nullptr;
        if (is_module_ && !function_body && fn_->node == nullptr &&
            scope_->kind == ParserScope::Kind::Module) {
            if (tok_.type == TokenType::Import) {
                Token next = peek_token();
                if (next.type != TokenType::LeftParen && next.type != TokenType::Dot)
                    statement = PARSE_TRY(parse_import_declaration());
            } else if (tok_.type == TokenType::Export) {
                statement = PARSE_TRY(parse_export_declaration());
            }
        }
        if (!statement) statement = PARSE_TRY(parse_statement_list_item());
        body.push_back(statement);
    }
    return !error_;
}

// ---------------------------------------------------------------------------------------------------------
// Statements

bool Parser::is_let_declaration_start() {
    if (tok_.type != TokenType::Identifier || tok_.value != u"let" || tok_.escaped) return false;
    Token next = peek_token();
    if (next.type == TokenType::LeftBracket || next.type == TokenType::LeftBrace) return true;
    if (next.type == TokenType::Identifier || next.type == TokenType::EscapedKeyword) return true;
    // `let` followed by a keyword such as `yield`/`await` is covered above; anything else (including a
    // keyword like `in`) makes `let` an identifier.
    return false;
}

bool Parser::is_using_declaration_start(bool for_head) {
    if (!at_contextual(u"using")) return false;
    Token next = peek_token();
    if (next.newline_before || next.type != TokenType::Identifier) return false;
    // In a for head, `using of` declares `of` only in `for (using of = ...;;)`: otherwise it starts a for-of
    // whose target is the identifier `using`.
    if (for_head && next.value == u"of" && !next.escaped) return peek_token2().type == TokenType::Assign;
    return true;
}

bool Parser::is_await_using_declaration_start() {
    if (!at_contextual(u"await") || !await_is_keyword()) return false;
    Token next = peek_token();
    if (next.newline_before || next.type != TokenType::Identifier || next.value != u"using" || next.escaped)
        return false;
    Token after = peek_token2();
    if (after.newline_before || after.type != TokenType::Identifier) return false;
    // Disposing awaits: a module whose top level has one is an async module.
    if (fn_->node == nullptr && is_module_) saw_top_level_await_ = true;
    return true;
}

Node* Parser::parse_using_declaration(VariableKind kind) {
    SourcePos start = pos();
    // Not at the top level of a Script (or of eval code).
    if (scope_->kind == ParserScope::Kind::Program) {
        fail_at_token(kind == VariableKind::Using
                          ? "using declarations are not allowed at the top level of a script"
                          : "await using declarations are not allowed at the top level of a script");
        return nullptr;
    }
    if (kind == VariableKind::AwaitUsing) advance(); // await
    advance();                                       // using
    VariableDeclaration* declaration = PARSE_TRY(parse_variable_declaration_list(start, kind, true, false));
    if (!consume_semicolon()) return nullptr;
    return finish(declaration);
}

bool Parser::is_async_function_start() {
    if (!at_contextual(u"async")) return false;
    Token next = peek_token();
    return next.type == TokenType::Function && !next.newline_before;
}

Node* Parser::parse_statement_list_item() {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    SourcePos start = pos();
    switch (tok_.type) {
    case TokenType::Function: {
        FunctionNode* fn = PARSE_TRY(parse_function(NodeKind::FunctionDeclaration, start, {}, true));
        if (!declare_function(fn, start.start)) return nullptr;
        return fn;
    }
    case TokenType::Class: {
        Node* cls = PARSE_TRY(parse_class(NodeKind::ClassDeclaration, start, true));
        auto* class_node = cls->as<ClassNode>();
        if (!declare_lexical(class_node->id->name, DeclarationKind::Class, cls, class_node->id->start))
            return nullptr;
        return cls;
    }
    case TokenType::Const:
        return parse_variable_statement(VariableKind::Const);
    case TokenType::Identifier:
        if (is_let_declaration_start()) return parse_variable_statement(VariableKind::Let);
        if (is_using_declaration_start(false)) return parse_using_declaration(VariableKind::Using);
        if (is_await_using_declaration_start()) return parse_using_declaration(VariableKind::AwaitUsing);
        if (is_async_function_start()) {
            advance();
            FunctionNode* fn =
                PARSE_TRY(parse_function(NodeKind::FunctionDeclaration, start, {true, false}, true));
            if (!declare_function(fn, start.start)) return nullptr;
            return fn;
        }
        break;
    default:
        break;
    }
    return parse_statement();
}

Node* Parser::parse_statement() {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    std::size_t pending = pending_labels_;
    pending_labels_ = 0;
    auto mark_loop_labels = [&] {
        for (std::size_t i = 0; i < pending; ++i)
            fn_->labels[fn_->labels.size() - 1 - i].is_loop = true;
    };
    switch (tok_.type) {
    case TokenType::LeftBrace:
        return parse_block_statement();
    case TokenType::Var:
        return parse_variable_statement(VariableKind::Var);
    case TokenType::Semicolon: {
        SourcePos start = pos();
        advance();
        return finish(make<EmptyStatement>(start));
    }
    case TokenType::If:
        return parse_if_statement();
    case TokenType::For:
        mark_loop_labels();
        return parse_for_statement();
    case TokenType::While:
        mark_loop_labels();
        return parse_while_statement();
    case TokenType::Do:
        mark_loop_labels();
        return parse_do_while_statement();
    case TokenType::Continue:
        return parse_jump_statement(false);
    case TokenType::Break:
        return parse_jump_statement(true);
    case TokenType::Return:
        return parse_return_statement();
    case TokenType::With:
        return parse_with_statement();
    case TokenType::Switch:
        return parse_switch_statement();
    case TokenType::Throw:
        return parse_throw_statement();
    case TokenType::Try:
        return parse_try_statement();
    case TokenType::Debugger: {
        SourcePos start = pos();
        advance();
        if (!consume_semicolon()) return nullptr;
        return finish(make<DebuggerStatement>(start));
    }
    case TokenType::Function:
        fail_at_token("function declarations are not allowed in this position");
        return nullptr;
    case TokenType::Class:
        fail_at_token("class declarations are not allowed in this position");
        return nullptr;
    case TokenType::Identifier: {
        if (at_contextual(u"let")) {
            Token next = peek_token();
            if (next.type == TokenType::LeftBracket) {
                fail_at_token("lexical declarations are not allowed in this position");
                return nullptr;
            }
        }
        if (is_async_function_start()) {
            fail_at_token("async function declarations are not allowed in this position");
            return nullptr;
        }
        Token next = peek_token();
        if (next.type == TokenType::Colon) return parse_labeled_statement(pending);
        return parse_expression_statement();
    }
    default:
        return parse_expression_statement();
    }
}

Node* Parser::parse_block_statement() {
    SourcePos start = pos();
    auto* block = make<BlockStatement>(start);
    if (!expect(TokenType::LeftBrace)) return nullptr;
    push_scope(ParserScope::Kind::Block, block);
    while (!at(TokenType::RightBrace)) {
        if (at(TokenType::EndOfFile)) {
            fail_unexpected();
            return nullptr;
        }
        block->body.push_back(PARSE_TRY(parse_statement_list_item()));
    }
    advance();
    pop_scope();
    return finish(block);
}

Node* Parser::parse_variable_statement(VariableKind kind) {
    SourcePos start = pos();
    advance(); // var / let / const
    VariableDeclaration* declaration = PARSE_TRY(parse_variable_declaration_list(start, kind, true, false));
    if (!consume_semicolon()) return nullptr;
    return finish(declaration);
}

VariableDeclaration* Parser::parse_variable_declaration_list(const SourcePos& start, VariableKind kind,
                                                             bool in, bool for_head) {
    // `start` is the var/let/const keyword, already consumed.
    auto* declaration = make<VariableDeclaration>(start);
    declaration->variable_kind = kind;
    bool is_using = kind == VariableKind::Using || kind == VariableKind::AwaitUsing;
    do {
        SourcePos target_token = pos();
        if (is_using && (at(TokenType::LeftBracket) || at(TokenType::LeftBrace))) {
            fail_at_token("using declarations may not have binding patterns");
            return nullptr;
        }
        Node* target = PARSE_TRY(parse_binding_target());
        if (kind != VariableKind::Var) {
            std::vector<std::pair<std::u16string, std::uint32_t>> names;
            collect_bound_names(target, names);
            for (const auto& [name, offset] : names) {
                if (name == u"let") {
                    fail(offset, "'let' cannot be a lexically bound name");
                    return nullptr;
                }
            }
        }
        auto* declarator = make<VariableDeclarator>(target_token);
        declarator->target = target;
        if (eat(TokenType::Assign)) {
            declarator->init = PARSE_TRY(parse_assignment(in));
        } else if (!for_head || !(at(TokenType::In) || at_contextual(u"of"))) {
            if (kind == VariableKind::Const) {
                fail_at_token("missing initializer in const declaration");
                return nullptr;
            }
            if (is_using) {
                fail_at_token("missing initializer in using declaration");
                return nullptr;
            }
            if (target->kind != NodeKind::Identifier) {
                fail_at_token("missing initializer in destructuring declaration");
                return nullptr;
            }
        }
        finish(declarator);
        declaration->declarations.push_back(declarator);
        if (!for_head && !declare_pattern(target, kind, declaration)) return nullptr;
    } while (eat(TokenType::Comma));
    if (error_) return nullptr;
    return finish(declaration);
}

Node* Parser::parse_sub_statement(bool allow_annex_b_function) {
    if (at(TokenType::Function)) {
        // Annex B.3.3: `if (x) function f() {}` in sloppy code, as if the function were in a block.
        if (!strict() && allow_annex_b_function) {
            SourcePos start = pos();
            auto* block = make<BlockStatement>(start);
            push_scope(ParserScope::Kind::Block, block);
            FunctionNode* fn = PARSE_TRY(parse_function(NodeKind::FunctionDeclaration, start, {}, true));
            if (fn->is_async || fn->is_generator) {
                fail(start.start, "generator or async function declarations are not allowed here");
                return nullptr;
            }
            if (!declare_function(fn, start.start)) return nullptr;
            block->body.push_back(fn);
            pop_scope();
            return finish(block);
        }
        fail_at_token("function declarations are not allowed in this position");
        return nullptr;
    }
    if (at(TokenType::Identifier) && tok_.value == u"let" && !tok_.escaped) {
        Token next = peek_token();
        if (next.type == TokenType::LeftBracket ||
            ((next.type == TokenType::Identifier || next.type == TokenType::LeftBrace) &&
             !next.newline_before)) {
            fail_at_token("lexical declarations are not allowed in this position");
            return nullptr;
        }
    }
    Node* statement = PARSE_TRY(parse_statement());
    // IsLabelledFunction: a labelled function is never allowed as the body of if/loops/with.
    Node* inner = statement;
    while (inner->kind == NodeKind::LabeledStatement)
        inner = inner->as<LabeledStatement>()->body;
    if (inner->kind == NodeKind::FunctionDeclaration) {
        fail(inner->start, "labelled function declarations are not allowed here");
        return nullptr;
    }
    return statement;
}

Node* Parser::parse_if_statement() {
    SourcePos start = pos();
    advance();
    auto* node = make<IfStatement>(start);
    if (!expect(TokenType::LeftParen)) return nullptr;
    node->test = PARSE_TRY(parse_expression());
    if (!expect(TokenType::RightParen)) return nullptr;
    node->consequent = PARSE_TRY(parse_sub_statement(true));
    if (eat(TokenType::Else)) node->alternate = PARSE_TRY(parse_sub_statement(true));
    return finish(node);
}

Node* Parser::parse_while_statement() {
    SourcePos start = pos();
    advance();
    auto* node = make<WhileStatement>(start);
    if (!expect(TokenType::LeftParen)) return nullptr;
    node->test = PARSE_TRY(parse_expression());
    if (!expect(TokenType::RightParen)) return nullptr;
    ++fn_->iteration_depth;
    ++fn_->breakable_depth;
    node->body = parse_sub_statement(false);
    --fn_->iteration_depth;
    --fn_->breakable_depth;
    if (!node->body) return nullptr;
    return finish(node);
}

Node* Parser::parse_do_while_statement() {
    SourcePos start = pos();
    advance();
    auto* node = make<DoWhileStatement>(start);
    ++fn_->iteration_depth;
    ++fn_->breakable_depth;
    node->body = parse_sub_statement(false);
    --fn_->iteration_depth;
    --fn_->breakable_depth;
    if (!node->body) return nullptr;
    if (!expect(TokenType::While) || !expect(TokenType::LeftParen)) return nullptr;
    node->test = PARSE_TRY(parse_expression());
    if (!expect(TokenType::RightParen)) return nullptr;
    // A semicolon after do-while is optional even without a newline.
    eat(TokenType::Semicolon);
    if (error_) return nullptr;
    return finish(node);
}

Node* Parser::parse_for_statement() {
    SourcePos start = pos();
    advance();
    bool is_await = false;
    if (at(TokenType::Identifier) && tok_.value == u"await") {
        if (!await_is_keyword()) {
            fail_at_token("for await is only valid in async functions and modules");
            return nullptr;
        }
        if (tok_.escaped) {
            fail_at_token("keyword must not contain escaped characters");
            return nullptr;
        }
        if (!await_expression_offset_) await_expression_offset_ = tok_.start;
        if (fn_->node == nullptr && is_module_) saw_top_level_await_ = true;
        is_await = true;
        advance();
    }
    if (!expect(TokenType::LeftParen)) return nullptr;

    LexicalScope head_scope;
    bool has_head_scope = false;
    Node* init = nullptr;
    SourcePos init_token = pos();
    bool init_is_declaration = false;
    bool init_starts_with_let = false;
    bool init_is_async_identifier = false;
    CoverErrors cover;

    if (at(TokenType::Semicolon)) {
        // no init
    } else if (at(TokenType::Var)) {
        advance();
        init = PARSE_TRY(parse_variable_declaration_list(init_token, VariableKind::Var, false, true));
        init_is_declaration = true;
    } else if (at(TokenType::Const) || is_let_declaration_start() || is_using_declaration_start(true) ||
               is_await_using_declaration_start()) {
        VariableKind kind = at(TokenType::Const)      ? VariableKind::Const
                            : at_contextual(u"let")   ? VariableKind::Let
                            : at_contextual(u"using") ? VariableKind::Using
                                                      : VariableKind::AwaitUsing;
        if (kind == VariableKind::AwaitUsing) advance(); // await
        advance();
        push_scope(ParserScope::Kind::Block, &head_scope);
        has_head_scope = true;
        init = PARSE_TRY(parse_variable_declaration_list(init_token, kind, false, true));
        init_is_declaration = true;
    } else {
        init_starts_with_let = at_contextual(u"let");
        init_is_async_identifier = at_contextual(u"async");
        std::uint32_t async_end = tok_.end;
        init = PARSE_TRY(parse_expression(false, &cover));
        init_is_async_identifier = init_is_async_identifier && init->kind == NodeKind::Identifier &&
                                   !init->parenthesized && init->end == async_end;
    }

    bool is_of = at_contextual(u"of");
    bool is_in = at(TokenType::In);
    if (is_await && !is_of) {
        fail_at_token("for await requires 'of'");
        return nullptr;
    }

    if (init && (is_of || is_in)) {
        auto* node =
            ast_.arena.make<ForInOfStatement>(is_of ? NodeKind::ForOfStatement : NodeKind::ForInStatement);
        node->start = start.start;
        node->line = start.line;
        node->column = start.column;
        node->is_await = is_await;
        if (init_is_declaration) {
            auto* declaration = init->as<VariableDeclaration>();
            if (declaration->declarations.size() != 1) {
                fail(init->start, "only one variable may be declared in a for-in/of head");
                return nullptr;
            }
            VariableDeclarator* declarator = declaration->declarations[0];
            bool is_using = declaration->variable_kind == VariableKind::Using ||
                            declaration->variable_kind == VariableKind::AwaitUsing;
            if (is_using && is_in) {
                fail(init->start, "using declarations are not allowed in for-in heads");
                return nullptr;
            }
            if (declarator->init) {
                bool annex_b = is_in && !strict() && declaration->variable_kind == VariableKind::Var &&
                               declarator->target->kind == NodeKind::Identifier;
                if (!annex_b) {
                    fail(declarator->start, "for-in/of variable declarations may not have initializers");
                    return nullptr;
                }
            }
            if (!declare_pattern(declarator->target, declaration->variable_kind, declaration)) return nullptr;
        } else {
            if (is_of && init_starts_with_let) {
                fail(init->start, "the left-hand side of for-of may not start with 'let'");
                return nullptr;
            }
            if (is_of && !is_await && init_is_async_identifier) {
                fail(init->start, "the left-hand side of for-of may not be 'async'");
                return nullptr;
            }
            if (init->kind == NodeKind::ObjectExpression || init->kind == NodeKind::ArrayExpression) {
                if (init->parenthesized) {
                    fail(init->start, "invalid assignment target");
                    return nullptr;
                }
                init = PARSE_TRY(to_assignment_pattern(init));
            } else {
                if (!check_cover_errors(cover)) return nullptr;
                if (!is_simple_assignment_target(init, false)) {
                    fail(init->start, "invalid for-in/of left-hand side");
                    return nullptr;
                }
            }
        }
        node->left = init;
        advance();
        node->right = PARSE_TRY(is_of ? parse_assignment(true) : parse_expression(true));
        if (!expect(TokenType::RightParen)) return nullptr;
        ++fn_->iteration_depth;
        ++fn_->breakable_depth;
        node->body = parse_sub_statement(false);
        --fn_->iteration_depth;
        --fn_->breakable_depth;
        if (!node->body) return nullptr;
        if (has_head_scope) {
            pop_scope();
            node->lexical_declarations = std::move(head_scope.lexical_declarations);
        }
        return finish(node);
    }

    auto* node = make<ForStatement>(start);
    if (init_is_declaration) {
        auto* declaration = init->as<VariableDeclaration>();
        for (VariableDeclarator* declarator : declaration->declarations) {
            if (!declarator->init) {
                if (declaration->variable_kind == VariableKind::Const) {
                    fail(declarator->start, "missing initializer in const declaration");
                    return nullptr;
                }
                if (declaration->variable_kind == VariableKind::Using ||
                    declaration->variable_kind == VariableKind::AwaitUsing) {
                    fail(declarator->start, "missing initializer in using declaration");
                    return nullptr;
                }
                if (declarator->target->kind != NodeKind::Identifier) {
                    fail(declarator->start, "missing initializer in destructuring declaration");
                    return nullptr;
                }
            }
            if (!declare_pattern(declarator->target, declaration->variable_kind, declaration)) return nullptr;
        }
    } else if (init && !check_cover_errors(cover)) {
        return nullptr;
    }
    node->init = init;
    if (!expect(TokenType::Semicolon)) return nullptr;
    if (!at(TokenType::Semicolon)) node->test = PARSE_TRY(parse_expression());
    if (!expect(TokenType::Semicolon)) return nullptr;
    if (!at(TokenType::RightParen)) node->update = PARSE_TRY(parse_expression());
    if (!expect(TokenType::RightParen)) return nullptr;
    ++fn_->iteration_depth;
    ++fn_->breakable_depth;
    node->body = parse_sub_statement(false);
    --fn_->iteration_depth;
    --fn_->breakable_depth;
    if (!node->body) return nullptr;
    if (has_head_scope) {
        pop_scope();
        node->lexical_declarations = std::move(head_scope.lexical_declarations);
    }
    return finish(node);
}

Node* Parser::parse_jump_statement(bool is_break) {
    SourcePos start = pos();
    advance();
    auto* node =
        ast_.arena.make<JumpStatement>(is_break ? NodeKind::BreakStatement : NodeKind::ContinueStatement);
    node->start = start.start;
    node->line = start.line;
    node->column = start.column;
    if (at(TokenType::Identifier) && !tok_.newline_before) {
        Token label = tok_;
        if (!check_identifier(label, false)) return nullptr;
        node->label = label.value;
        advance();
        const FunctionState::Label* found = nullptr;
        for (const auto& l : fn_->labels) {
            if (l.name == label.value) found = &l;
        }
        if (!found) {
            fail(label.start, "undefined label '" + utf16_to_utf8(label.value) + "'");
            return nullptr;
        }
        if (!is_break && !found->is_loop) {
            fail(label.start, "continue must target an iteration statement");
            return nullptr;
        }
    } else if (at(TokenType::EscapedKeyword) && !tok_.newline_before) {
        fail_at_token("keyword must not contain escaped characters");
        return nullptr;
    } else {
        if (is_break && fn_->breakable_depth == 0) {
            fail(start.start, "illegal break statement");
            return nullptr;
        }
        if (!is_break && fn_->iteration_depth == 0) {
            fail(start.start, "illegal continue statement: no surrounding iteration statement");
            return nullptr;
        }
    }
    if (!consume_semicolon()) return nullptr;
    return finish(node);
}

Node* Parser::parse_return_statement() {
    SourcePos start = pos();
    if (!fn_->allow_return) {
        fail_at_token("illegal return statement");
        return nullptr;
    }
    advance();
    auto* node = make<ReturnStatement>(start);
    if (!at(TokenType::Semicolon) && !at(TokenType::RightBrace) && !at(TokenType::EndOfFile) &&
        !tok_.newline_before)
        node->argument = PARSE_TRY(parse_expression());
    if (!consume_semicolon()) return nullptr;
    return finish(node);
}

Node* Parser::parse_with_statement() {
    SourcePos start = pos();
    if (strict()) {
        fail_at_token("with statements are not allowed in strict mode");
        return nullptr;
    }
    advance();
    auto* node = make<WithStatement>(start);
    if (!expect(TokenType::LeftParen)) return nullptr;
    node->object = PARSE_TRY(parse_expression());
    if (!expect(TokenType::RightParen)) return nullptr;
    node->body = PARSE_TRY(parse_sub_statement(false));
    return finish(node);
}

Node* Parser::parse_switch_statement() {
    SourcePos start = pos();
    advance();
    auto* node = make<SwitchStatement>(start);
    if (!expect(TokenType::LeftParen)) return nullptr;
    node->discriminant = PARSE_TRY(parse_expression());
    if (!expect(TokenType::RightParen) || !expect(TokenType::LeftBrace)) return nullptr;
    push_scope(ParserScope::Kind::Block, node);
    ++fn_->breakable_depth;
    bool has_default = false;
    bool ok = true;
    while (ok && !at(TokenType::RightBrace)) {
        SourcePos case_token = pos();
        auto* clause = make<SwitchCase>(case_token);
        if (eat(TokenType::Case)) {
            clause->test = parse_expression();
            if (!clause->test) {
                ok = false;
                break;
            }
        } else if (at(TokenType::Default)) {
            if (has_default) {
                fail_at_token("more than one default clause in switch statement");
                ok = false;
                break;
            }
            has_default = true;
            advance();
        } else {
            fail_unexpected();
            ok = false;
            break;
        }
        if (!expect(TokenType::Colon)) {
            ok = false;
            break;
        }
        while (!at(TokenType::Case) && !at(TokenType::Default) && !at(TokenType::RightBrace)) {
            if (at(TokenType::EndOfFile)) {
                fail_unexpected();
                ok = false;
                break;
            }
            Node* statement = parse_statement_list_item();
            if (!statement) {
                ok = false;
                break;
            }
            if (statement->kind == NodeKind::VariableDeclaration) {
                VariableKind kind = statement->as<VariableDeclaration>()->variable_kind;
                if (kind == VariableKind::Using || kind == VariableKind::AwaitUsing) {
                    fail(statement->start, "using declarations are not allowed directly in a case clause");
                    ok = false;
                    break;
                }
            }
            clause->consequent.push_back(statement);
        }
        node->cases.push_back(finish(clause));
    }
    --fn_->breakable_depth;
    if (!ok) return nullptr;
    advance();
    pop_scope();
    return finish(node);
}

Node* Parser::parse_throw_statement() {
    SourcePos start = pos();
    advance();
    if (tok_.newline_before) {
        fail_at_token("illegal newline after throw");
        return nullptr;
    }
    auto* node = make<ThrowStatement>(start);
    node->argument = PARSE_TRY(parse_expression());
    if (!consume_semicolon()) return nullptr;
    return finish(node);
}

Node* Parser::parse_try_statement() {
    SourcePos start = pos();
    advance();
    auto* node = make<TryStatement>(start);
    node->block = static_cast<BlockStatement*>(PARSE_TRY(parse_block_statement()));
    if (at(TokenType::Catch)) {
        SourcePos catch_token = pos();
        advance();
        auto* clause = make<CatchClause>(catch_token);
        ParserScope* param_scope = push_scope(ParserScope::Kind::CatchParam, clause);
        if (eat(TokenType::LeftParen)) {
            Node* param = PARSE_TRY(parse_binding_target());
            clause->param = param;
            param_scope->catch_param_simple = param->kind == NodeKind::Identifier;
            std::vector<std::pair<std::u16string, std::uint32_t>> names;
            collect_bound_names(param, names);
            for (const auto& [name, offset] : names) {
                if (!declare_lexical(name, DeclarationKind::CatchParameter, clause, offset)) return nullptr;
            }
            if (!expect(TokenType::RightParen)) return nullptr;
        }
        if (!at(TokenType::LeftBrace)) {
            fail_unexpected();
            return nullptr;
        }
        SourcePos block_start = pos();
        auto* body = make<BlockStatement>(block_start);
        ParserScope* body_scope = push_scope(ParserScope::Kind::Block, body);
        body_scope->is_catch_body = true;
        advance();
        while (!at(TokenType::RightBrace)) {
            if (at(TokenType::EndOfFile)) {
                fail_unexpected();
                return nullptr;
            }
            body->body.push_back(PARSE_TRY(parse_statement_list_item()));
        }
        advance();
        pop_scope();
        pop_scope();
        clause->body = finish(body);
        node->handler = finish(clause);
    }
    if (eat(TokenType::Finally))
        node->finalizer = static_cast<BlockStatement*>(PARSE_TRY(parse_block_statement()));
    if (!node->handler && !node->finalizer) {
        fail_at_token("missing catch or finally after try");
        return nullptr;
    }
    return finish(node);
}

Node* Parser::parse_labeled_statement(std::size_t pending) {
    Token label = tok_;
    if (!check_identifier(label, false)) return nullptr;
    advance(); // identifier
    advance(); // ':'
    if (!check_label_not_duplicate(label.value, label.start)) return nullptr;
    auto* node = make<LabeledStatement>(label);
    node->label = label.value;
    FunctionState* state = fn_;
    state->labels.push_back({label.value, false});
    Node* body = nullptr;
    if (at(TokenType::Function)) {
        // Annex B labelled function declarations (sloppy mode only).
        if (strict()) {
            fail_at_token("labelled function declarations are not allowed in strict mode");
            return nullptr;
        }
        SourcePos fn_start = pos();
        FunctionNode* fn = parse_function(NodeKind::FunctionDeclaration, fn_start, {}, true);
        if (fn && (fn->is_async || fn->is_generator)) {
            fail(fn_start.start, "generator or async function declarations cannot be labelled");
            fn = nullptr;
        }
        if (fn && !declare_function(fn, fn_start.start)) fn = nullptr;
        body = fn;
    } else {
        // Labels directly in front of the body statement accumulate (a: b: while ...).
        pending_labels_ = pending + 1;
        body = parse_statement();
    }
    if (!body) return nullptr;
    state->labels.pop_back();
    node->body = body;
    return finish(node);
}

Node* Parser::parse_expression_statement() {
    SourcePos start = pos();
    auto* node = make<ExpressionStatement>(start);
    node->expression = PARSE_TRY(parse_expression());
    if (!consume_semicolon()) return nullptr;
    return finish(node);
}

// ---------------------------------------------------------------------------------------------------------
// Entry points

ParseResult parse_program(std::u16string_view source, const ParseOptions& options) {
    ParseResult result;
    auto ast = std::make_unique<Ast>();
    ast->source = std::u16string(source);
    Parser parser(ast->source, options, *ast);
    Program* program = parser.parse_program();
    if (!program) {
        result.error = parser.error().value_or(SyntaxError{"syntax error", 1, 1});
        return result;
    }
    ast->program = program;
    result.ast = std::move(ast);
    return result;
}

} // namespace yjs
