// Import and export declarations, and the module records of ParseModule.
#include "parser/parser_impl.h"
#include "parser/unicode.h"

namespace yjs {

namespace {

bool is_reserved_word(const std::u16string& name) {
    static const char16_t* const kWords[] = {
        u"await",   u"break",   u"case",     u"catch",     u"class",  u"const",  u"continue",   u"debugger",
        u"default", u"delete",  u"do",       u"else",      u"enum",   u"export", u"extends",    u"false",
        u"finally", u"for",     u"function", u"if",        u"import", u"in",     u"instanceof", u"new",
        u"null",    u"return",  u"super",    u"switch",    u"this",   u"throw",  u"true",       u"try",
        u"typeof",  u"var",     u"void",     u"while",     u"with",   u"yield",  u"implements", u"interface",
        u"let",     u"package", u"private",  u"protected", u"public", u"static",
    };
    for (const char16_t* word : kWords) {
        if (name == word) return true;
    }
    return false;
}

bool same_request(const ModuleRequest& a, const ModuleRequest& b) {
    if (a.specifier != b.specifier || a.phase != b.phase || a.attributes.size() != b.attributes.size())
        return false;
    for (const auto& attribute : a.attributes) {
        bool found = false;
        for (const auto& other : b.attributes) {
            if (other.key == attribute.key && other.value == attribute.value) found = true;
        }
        if (!found) return false;
    }
    return true;
}

} // namespace

std::size_t Parser::add_module_request(const ModuleRequest& request) {
    auto& requests = program_->requested_modules;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (same_request(requests[i], request)) return i;
    }
    requests.push_back(request);
    return requests.size() - 1;
}

bool Parser::parse_module_request(ModuleRequest& request) {
    if (!at(TokenType::StringLiteral)) return fail_unexpected();
    request.specifier = tok_.value;
    advance();
    if (!at(TokenType::With)) return !error_;
    advance();
    if (!expect(TokenType::LeftBrace)) return false;
    while (!at(TokenType::RightBrace)) {
        ImportAttribute attribute;
        Token key = tok_;
        if (at(TokenType::StringLiteral) || at(TokenType::Identifier) || at(TokenType::EscapedKeyword) ||
            (tok_.type >= TokenType::Break && tok_.type <= TokenType::With)) {
            attribute.key = tok_.value;
            advance();
        } else {
            return fail_unexpected();
        }
        if (!expect(TokenType::Colon)) return false;
        if (!at(TokenType::StringLiteral)) return fail_unexpected();
        attribute.value = tok_.value;
        advance();
        for (const auto& existing : request.attributes) {
            if (existing.key == attribute.key)
                return fail(key.start,
                            "Import attribute has duplicate key '" + utf16_to_utf8(attribute.key) + "'");
        }
        request.attributes.push_back(std::move(attribute));
        if (!at(TokenType::RightBrace) && !expect(TokenType::Comma)) return false;
    }
    advance();
    return !error_;
}

bool Parser::parse_module_export_name(std::u16string& name, bool& was_string, Token& token) {
    token = tok_;
    if (at(TokenType::StringLiteral)) {
        if (!is_well_formed(tok_.value))
            return fail_at_token("module export names must be well-formed Unicode strings");
        name = tok_.value;
        was_string = true;
        advance();
        return !error_;
    }
    if (at(TokenType::Identifier) || at(TokenType::EscapedKeyword) ||
        (tok_.type >= TokenType::Break && tok_.type <= TokenType::With)) {
        name = tok_.value;
        was_string = false;
        advance();
        return !error_;
    }
    return fail_unexpected();
}

bool Parser::add_exported_name(const std::u16string& name, std::uint32_t offset) {
    if (!exported_names_.insert(name).second)
        return fail(offset, "duplicate export of '" + utf16_to_utf8(name) + "'");
    return true;
}

Node* Parser::parse_import_declaration() {
    SourcePos start = pos();
    advance(); // import
    auto* node = make<ImportDeclaration>(start);
    auto add_binding = [&](ImportSpecifier::Kind kind, std::u16string imported,
                           const Token& local_token) -> bool {
        if (!check_identifier(local_token, true)) return false;
        auto* specifier = make<ImportSpecifier>(local_token);
        specifier->specifier_kind = kind;
        specifier->imported = std::move(imported);
        specifier->local = make_identifier(local_token)->as<Identifier>();
        specifier->end = local_token.end;
        node->specifiers.push_back(specifier);
        return declare_lexical(local_token.value, DeclarationKind::Import, specifier, local_token.start);
    };
    // NameSpaceImport: `* as local`, at the `*`.
    auto namespace_import = [&]() -> bool {
        advance(); // *
        if (!eat_contextual(u"as")) {
            fail_unexpected();
            return false;
        }
        Token local = tok_;
        advance();
        return add_binding(ImportSpecifier::Kind::Namespace, u"", local);
    };
    // import defer * as ns from "m" / import source x from "m" (`defer` and `source` may also be the
    // name of a default import: `import source from "m"`, `import defer, { a } from "m"`).
    if (at_contextual(u"defer") && peek_token().type == TokenType::Star) {
        node->request.phase = ImportPhase::Defer;
        advance();
    } else if (at_contextual(u"source")) {
        Token next = peek_token();
        bool binding_next = next.type == TokenType::Identifier || next.type == TokenType::EscapedKeyword;
        bool from_next = next.type == TokenType::Identifier && !next.escaped && next.value == u"from";
        if (binding_next && (!from_next || (peek_token2().type == TokenType::Identifier &&
                                            !peek_token2().escaped && peek_token2().value == u"from"))) {
            node->request.phase = ImportPhase::Source;
            advance();
        }
    }
    if (node->request.phase == ImportPhase::Source) {
        Token local = tok_;
        advance();
        if (!add_binding(ImportSpecifier::Kind::Default, u"", local)) return nullptr;
        if (!eat_contextual(u"from")) {
            fail_unexpected();
            return nullptr;
        }
    } else if (node->request.phase == ImportPhase::Defer) {
        if (!namespace_import()) return nullptr;
        if (!eat_contextual(u"from")) {
            fail_unexpected();
            return nullptr;
        }
    } else if (!at(TokenType::StringLiteral)) {
        bool has_default = false;
        if (at(TokenType::Identifier) || at(TokenType::EscapedKeyword)) {
            Token local = tok_;
            advance();
            if (!add_binding(ImportSpecifier::Kind::Default, u"default", local)) return nullptr;
            has_default = true;
        }
        if (!has_default || eat(TokenType::Comma)) {
            if (at(TokenType::Star)) {
                if (!namespace_import()) return nullptr;
            } else if (at(TokenType::LeftBrace)) {
                advance();
                while (!at(TokenType::RightBrace)) {
                    std::u16string imported;
                    bool was_string = false;
                    Token imported_token;
                    if (!parse_module_export_name(imported, was_string, imported_token)) return nullptr;
                    Token local = imported_token;
                    if (eat_contextual(u"as")) {
                        local = tok_;
                        advance();
                    } else if (was_string) {
                        fail_unexpected();
                        return nullptr;
                    }
                    if (!add_binding(ImportSpecifier::Kind::Named, imported, local)) return nullptr;
                    if (!at(TokenType::RightBrace) && !expect(TokenType::Comma)) return nullptr;
                }
                advance();
            } else {
                fail_unexpected();
                return nullptr;
            }
        }
        if (!eat_contextual(u"from")) {
            fail_unexpected();
            return nullptr;
        }
    }
    if (!parse_module_request(node->request)) return nullptr;
    if (!consume_semicolon()) return nullptr;
    std::size_t index = add_module_request(node->request);
    for (ImportSpecifier* specifier : node->specifiers) {
        ImportEntry entry;
        entry.module_request = index;
        entry.is_namespace = specifier->specifier_kind == ImportSpecifier::Kind::Namespace;
        entry.is_source = node->request.phase == ImportPhase::Source;
        entry.import_name = specifier->imported;
        entry.local_name = specifier->local->name;
        program_->import_entries.push_back(std::move(entry));
    }
    return finish(node);
}

Node* Parser::parse_export_declaration() {
    SourcePos start = pos();
    advance(); // export
    if (at(TokenType::Star)) {
        advance();
        auto* node = make<ExportAllDeclaration>(start);
        Token name_token;
        if (eat_contextual(u"as")) {
            std::u16string exported;
            bool was_string = false;
            if (!parse_module_export_name(exported, was_string, name_token)) return nullptr;
            if (!add_exported_name(exported, name_token.start)) return nullptr;
            node->exported = exported;
        }
        if (!eat_contextual(u"from")) {
            fail_unexpected();
            return nullptr;
        }
        if (!parse_module_request(node->request) || !consume_semicolon()) return nullptr;
        ExportEntry entry;
        entry.module_request = add_module_request(node->request);
        if (node->exported) {
            entry.export_name = node->exported;
            entry.import_kind = ExportEntry::ImportKind::All;
        } else {
            entry.import_kind = ExportEntry::ImportKind::AllButDefault;
        }
        pending_exports_.push_back({std::move(entry), start.start});
        return finish(node);
    }
    if (at(TokenType::LeftBrace)) {
        advance();
        auto* node = make<ExportNamedDeclaration>(start);
        struct Pending {
            std::u16string local;
            bool local_was_string;
            Token local_token;
        };
        std::vector<Pending> locals;
        while (!at(TokenType::RightBrace)) {
            std::u16string local;
            bool local_was_string = false;
            Token local_token;
            if (!parse_module_export_name(local, local_was_string, local_token)) return nullptr;
            std::u16string exported = local;
            Token exported_token = local_token;
            if (eat_contextual(u"as")) {
                bool exported_was_string = false;
                if (!parse_module_export_name(exported, exported_was_string, exported_token)) return nullptr;
            }
            if (!add_exported_name(exported, exported_token.start)) return nullptr;
            auto* specifier = make<ExportSpecifier>(local_token);
            specifier->local = local;
            specifier->exported = exported;
            finish(specifier);
            node->specifiers.push_back(specifier);
            locals.push_back({local, local_was_string, local_token});
            if (!at(TokenType::RightBrace) && !expect(TokenType::Comma)) return nullptr;
        }
        advance();
        if (eat_contextual(u"from")) {
            ModuleRequest request;
            if (!parse_module_request(request)) return nullptr;
            node->request = request;
        }
        if (!consume_semicolon()) return nullptr;
        std::optional<std::size_t> request_index;
        if (node->request) request_index = add_module_request(*node->request);
        for (std::size_t i = 0; i < node->specifiers.size(); ++i) {
            ExportSpecifier* specifier = node->specifiers[i];
            ExportEntry entry;
            entry.export_name = specifier->exported;
            if (request_index) {
                entry.module_request = request_index;
                entry.import_kind = ExportEntry::ImportKind::Name;
                entry.import_name = specifier->local;
            } else {
                const Pending& pending = locals[i];
                if (pending.local_was_string) {
                    fail(pending.local_token.start, "string export names require a 'from' clause");
                    return nullptr;
                }
                if (is_reserved_word(pending.local)) {
                    fail(pending.local_token.start,
                         "'" + utf16_to_utf8(pending.local) + "' is a reserved word and cannot be exported");
                    return nullptr;
                }
                entry.local_name = specifier->local;
                local_export_checks_.push_back({specifier->local, pending.local_token.start});
            }
            pending_exports_.push_back({std::move(entry), specifier->start});
        }
        return finish(node);
    }
    if (at(TokenType::Default)) {
        SourcePos default_token = pos();
        advance();
        auto* node = make<ExportDefaultDeclaration>(start);
        if (!add_exported_name(u"default", default_token.start)) return nullptr;
        SourcePos declaration_start = pos();
        ExportEntry entry;
        entry.export_name = u"default";
        if (at(TokenType::Function) || is_async_function_start()) {
            FunctionHeader header;
            if (at_contextual(u"async")) {
                header.is_async = true;
                advance();
            }
            FunctionNode* fn = PARSE_TRY(
                parse_function(NodeKind::FunctionDeclaration, declaration_start, header, true, true));
            if (!declare_function(fn, declaration_start.start)) return nullptr;
            node->declaration = fn;
            entry.local_name = fn->id ? fn->id->name : std::u16string(u"*default*");
        } else if (at(TokenType::Class)) {
            Node* cls = PARSE_TRY(parse_class(NodeKind::ClassDeclaration, declaration_start, false));
            auto* class_node = cls->as<ClassNode>();
            std::u16string name = class_node->id ? class_node->id->name : std::u16string(u"*default*");
            if (!declare_lexical(name, DeclarationKind::Class, cls, declaration_start.start)) return nullptr;
            node->declaration = cls;
            entry.local_name = name;
        } else {
            node->declaration = PARSE_TRY(parse_assignment(true));
            if (!consume_semicolon()) return nullptr;
            if (!declare_lexical(u"*default*", DeclarationKind::Let, node, declaration_start.start))
                return nullptr;
            entry.local_name = u"*default*";
        }
        pending_exports_.push_back({std::move(entry), start.start});
        return finish(node);
    }
    // export VariableStatement / Declaration
    auto* node = make<ExportNamedDeclaration>(start);
    Node* declaration = nullptr;
    if (at(TokenType::Var)) {
        declaration = PARSE_TRY(parse_variable_statement(VariableKind::Var));
    } else if (at(TokenType::Const) || is_let_declaration_start() || at(TokenType::Class) ||
               at(TokenType::Function) || is_async_function_start()) {
        declaration = PARSE_TRY(parse_statement_list_item());
    } else {
        fail_unexpected();
        return nullptr;
    }
    node->declaration = declaration;
    std::vector<std::pair<std::u16string, std::uint32_t>> names;
    if (declaration->kind == NodeKind::VariableDeclaration) {
        for (VariableDeclarator* declarator : declaration->as<VariableDeclaration>()->declarations)
            collect_bound_names(declarator->target, names);
    } else if (declaration->kind == NodeKind::FunctionDeclaration) {
        auto* fn = declaration->as<FunctionNode>();
        names.emplace_back(fn->id->name, fn->id->start);
    } else if (declaration->kind == NodeKind::ClassDeclaration) {
        auto* cls = declaration->as<ClassNode>();
        names.emplace_back(cls->id->name, cls->id->start);
    }
    for (const auto& [name, offset] : names) {
        if (!add_exported_name(name, offset)) return nullptr;
        ExportEntry entry;
        entry.export_name = name;
        entry.local_name = name;
        pending_exports_.push_back({std::move(entry), offset});
    }
    return finish(node);
}

bool Parser::finish_module(Program* program) {
    ParserScope* scope = scope_;
    for (const auto& [name, offset] : local_export_checks_) {
        if (!scope->lexical.count(name) && !scope->var_names_set.count(name))
            return fail(offset, "export '" + utf16_to_utf8(name) + "' is not defined in module");
    }
    program->has_top_level_await = saw_top_level_await_;
    for (auto& pending : pending_exports_) {
        ExportEntry& entry = pending.entry;
        if (!entry.module_request) {
            const ImportEntry* import = nullptr;
            for (const auto& ie : program->import_entries) {
                if (entry.local_name && ie.local_name == *entry.local_name) import = &ie;
            }
            if (!import || import->is_namespace || import->is_source) {
                program->local_export_entries.push_back(std::move(entry));
                continue;
            }
            ExportEntry indirect;
            indirect.module_request = import->module_request;
            indirect.import_kind = ExportEntry::ImportKind::Name;
            indirect.import_name = import->import_name;
            indirect.export_name = entry.export_name;
            program->indirect_export_entries.push_back(std::move(indirect));
            continue;
        }
        if (entry.import_kind == ExportEntry::ImportKind::AllButDefault)
            program->star_export_entries.push_back(std::move(entry));
        else
            program->indirect_export_entries.push_back(std::move(entry));
    }
    return true;
}

} // namespace yjs
