#include "parser/ast_dump.h"

#include "parser/ast_visit.h"
#include "parser/parser.h"

#include <cstdio>

namespace yjs {

namespace {

void append_string(std::string& out, std::u16string_view value) {
    out += '"';
    for (char c : utf16_to_utf8(value)) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    out += '"';
}

std::string number_text(double value) {
    if (value == static_cast<double>(static_cast<long long>(value)) && value > -1e18 && value < 1e18)
        return std::to_string(static_cast<long long>(value));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    // Prefer the shortest representation that round-trips.
    for (int precision = 1; precision <= 17; ++precision) {
        char candidate[32];
        std::snprintf(candidate, sizeof candidate, "%.*g", precision, value);
        double parsed = 0;
        std::sscanf(candidate, "%lf", &parsed);
        if (parsed == value) return candidate;
    }
    return buffer;
}

void dump(const Node* node, std::string& out) {
    if (!node) {
        out += "null";
        return;
    }
    out += '(';
    out += node_kind_name(node->kind);
    auto* mutable_node = const_cast<Node*>(node);
    switch (node->kind) {
    case NodeKind::Identifier:
        out += ' ';
        out += utf16_to_utf8(node->as<Identifier>()->name);
        break;
    case NodeKind::PrivateName:
        out += ' ';
        out += utf16_to_utf8(node->as<PrivateName>()->name);
        break;
    case NodeKind::BooleanLiteral:
        out += node->as<BooleanLiteral>()->value ? " true" : " false";
        break;
    case NodeKind::NumericLiteral:
        out += ' ';
        out += number_text(node->as<NumericLiteral>()->value);
        break;
    case NodeKind::BigIntLiteral:
        out += ' ';
        out += node->as<BigIntLiteral>()->digits;
        break;
    case NodeKind::StringLiteral:
        out += ' ';
        append_string(out, node->as<StringLiteral>()->value);
        break;
    case NodeKind::RegExpLiteral:
        out += ' ';
        append_string(out, node->as<RegExpLiteral>()->pattern);
        out += ' ';
        append_string(out, node->as<RegExpLiteral>()->flags);
        break;
    case NodeKind::TemplateLiteral:
        for (const auto& quasi : node->as<TemplateLiteral>()->quasis) {
            out += ' ';
            if (quasi.cooked)
                append_string(out, *quasi.cooked);
            else
                out += "undefined";
            out += "/raw:";
            append_string(out, quasi.raw);
        }
        break;
    case NodeKind::VariableDeclaration: {
        static const char* const kinds[] = {"var", "let", "const", "using", "await using"};
        out += ' ';
        out += kinds[static_cast<int>(node->as<VariableDeclaration>()->variable_kind)];
        break;
    }
    case NodeKind::UnaryExpression:
        out += ' ';
        out += unary_op_name(node->as<UnaryExpression>()->op);
        break;
    case NodeKind::UpdateExpression:
        out += node->as<UpdateExpression>()->prefix ? " prefix" : " postfix";
        out += node->as<UpdateExpression>()->op == UpdateOp::Increment ? " ++" : " --";
        break;
    case NodeKind::BinaryExpression:
        out += ' ';
        out += binary_op_name(node->as<BinaryExpression>()->op);
        break;
    case NodeKind::LogicalExpression:
        out += ' ';
        out += logical_op_name(node->as<LogicalExpression>()->op);
        break;
    case NodeKind::AssignmentExpression:
        out += ' ';
        out += assign_op_name(node->as<AssignmentExpression>()->op);
        break;
    case NodeKind::MemberExpression:
        if (node->as<MemberExpression>()->computed) out += " computed";
        if (node->as<MemberExpression>()->optional) out += " optional";
        break;
    case NodeKind::SuperMember:
        if (node->as<SuperMember>()->computed) out += " computed";
        break;
    case NodeKind::CallExpression:
        if (node->as<CallExpression>()->optional) out += " optional";
        if (node->as<CallExpression>()->is_direct_eval) out += " direct-eval";
        break;
    case NodeKind::YieldExpression:
        if (node->as<YieldExpression>()->delegate) out += " delegate";
        break;
    case NodeKind::Property: {
        static const char* const kinds[] = {"init", "method", "get", "set"};
        out += ' ';
        out += kinds[static_cast<int>(node->as<Property>()->property_kind)];
        if (node->as<Property>()->computed) out += " computed";
        if (node->as<Property>()->shorthand) out += " shorthand";
        if (node->as<Property>()->is_proto_setter) out += " proto";
        break;
    }
    case NodeKind::ClassElement: {
        static const char* const kinds[] = {"method", "get", "set", "field", "static-block"};
        out += ' ';
        out += kinds[static_cast<int>(node->as<ClassElement>()->element_kind)];
        if (node->as<ClassElement>()->is_static) out += " static";
        if (node->as<ClassElement>()->computed) out += " computed";
        break;
    }
    case NodeKind::ForOfStatement:
        if (node->as<ForInOfStatement>()->is_await) out += " await";
        break;
    case NodeKind::BreakStatement:
    case NodeKind::ContinueStatement:
        if (!node->as<JumpStatement>()->label.empty()) {
            out += ' ';
            out += utf16_to_utf8(node->as<JumpStatement>()->label);
        }
        break;
    case NodeKind::LabeledStatement:
        out += ' ';
        out += utf16_to_utf8(node->as<LabeledStatement>()->label);
        break;
    case NodeKind::ImportSpecifier: {
        auto* specifier = node->as<ImportSpecifier>();
        out += specifier->specifier_kind == ImportSpecifier::Kind::Namespace
                   ? " *"
                   : " " + utf16_to_utf8(specifier->imported);
        break;
    }
    case NodeKind::ExportSpecifier:
        out += ' ' + utf16_to_utf8(node->as<ExportSpecifier>()->local) + " as " +
               utf16_to_utf8(node->as<ExportSpecifier>()->exported);
        break;
    case NodeKind::ImportDeclaration:
        out += ' ';
        append_string(out, node->as<ImportDeclaration>()->request.specifier);
        break;
    case NodeKind::ExportAllDeclaration:
        if (node->as<ExportAllDeclaration>()->exported)
            out += " as " + utf16_to_utf8(*node->as<ExportAllDeclaration>()->exported);
        out += ' ';
        append_string(out, node->as<ExportAllDeclaration>()->request.specifier);
        break;
    default:
        if (is_function_node(node->kind)) {
            auto* fn = node->as<FunctionNode>();
            if (fn->is_async) out += " async";
            if (fn->is_generator) out += " generator";
            if (fn->is_getter) out += " get";
            if (fn->is_setter) out += " set";
            if (fn->is_class_constructor)
                out += fn->is_derived_constructor ? " derived-constructor" : " constructor";
            if (fn->is_strict && !fn->home_class) out += " strict";
        }
        break;
    }
    if (node->parenthesized) out += " paren";
    if (node->kind == NodeKind::ArrayExpression || node->kind == NodeKind::ArrayPattern) {
        // Show holes in place (for_each_child skips them).
        const auto& elements = node->kind == NodeKind::ArrayExpression ? node->as<ArrayExpression>()->elements
                                                                       : node->as<ArrayPattern>()->elements;
        for (const Node* element : elements) {
            out += ' ';
            if (element)
                dump(element, out);
            else
                out += "hole";
        }
    } else {
        for_each_child(mutable_node, [&](Node* child) {
            out += ' ';
            dump(child, out);
        });
    }
    out += ')';
}

} // namespace

std::string dump_ast(const Node* node) {
    std::string out;
    dump(node, out);
    return out;
}

} // namespace yjs
