#include "compiler/expression_text.h"

#include "parser/ast.h"
#include "runtime/number_conversion.h"
#include "runtime/unicode.h"

namespace yjs {

namespace {

constexpr const char* kIntermediate = "(intermediate value)";
// Expressions nested deeper than this are abbreviated, so rendering stays cheap and bounded.
constexpr int kMaxDepth = 16;

std::string property_text(const Node* key, bool computed, int depth);

std::string render(const Node* node, int depth) {
    if (depth > kMaxDepth) return "...";
    switch (node->kind) {
    case NodeKind::Identifier:
        return utf16_to_utf8(node->as<Identifier>()->name);
    case NodeKind::PrivateName:
        return utf16_to_utf8(node->as<PrivateName>()->name);
    case NodeKind::ThisExpression:
        return "this";
    case NodeKind::NullLiteral:
        return "null";
    case NodeKind::BooleanLiteral:
        return node->as<BooleanLiteral>()->value ? "true" : "false";
    case NodeKind::NumericLiteral:
        return NumberToString(node->as<NumericLiteral>()->value);
    case NodeKind::StringLiteral:
        return "\"" + utf16_to_utf8(node->as<StringLiteral>()->value) + "\"";
    case NodeKind::UnaryExpression: {
        // Signed numeric literals, as V8's constant folding shows them.
        const auto* unary = node->as<UnaryExpression>();
        bool sign = unary->op == UnaryOp::Minus || unary->op == UnaryOp::Plus;
        if (sign && unary->argument->kind == NodeKind::NumericLiteral) {
            double value = unary->argument->as<NumericLiteral>()->value;
            return NumberToString(unary->op == UnaryOp::Minus ? -value : value);
        }
        return kIntermediate;
    }
    case NodeKind::ObjectExpression:
        return node->as<ObjectExpression>()->properties.empty() ? "{}" : kIntermediate;
    case NodeKind::NewTarget:
        return "new.target";
    case NodeKind::MemberExpression: {
        const auto* member = node->as<MemberExpression>();
        return render(member->object, depth + 1) + (member->optional ? "?" : "") +
               property_text(member->property, member->computed, depth);
    }
    case NodeKind::SuperMember: {
        const auto* super_member = node->as<SuperMember>();
        return std::string(kIntermediate) +
               property_text(super_member->property, super_member->computed, depth);
    }
    case NodeKind::OptionalChain:
        return render(node->as<OptionalChain>()->expression, depth + 1);
    case NodeKind::CallExpression:
        return render(node->as<CallExpression>()->callee, depth + 1) + "(...)";
    case NodeKind::AssignmentExpression:
        return render(node->as<AssignmentExpression>()->target, depth + 1);
    case NodeKind::BinaryExpression: {
        const auto* binary = node->as<BinaryExpression>();
        return "(" + render(binary->left, depth + 1) + " " + binary_op_name(binary->op) + " " +
               render(binary->right, depth + 1) + ")";
    }
    case NodeKind::LogicalExpression: {
        const auto* logical = node->as<LogicalExpression>();
        return "(" + render(logical->left, depth + 1) + " " + logical_op_name(logical->op) + " " +
               render(logical->right, depth + 1) + ")";
    }
    case NodeKind::SequenceExpression: {
        std::string text = "(";
        const auto& expressions = node->as<SequenceExpression>()->expressions;
        for (std::size_t i = 0; i < expressions.size(); ++i) {
            if (i) text += " , ";
            text += render(expressions[i], depth + 1);
        }
        return text + ")";
    }
    default:
        return kIntermediate;
    }
}

// `.name` for names and string keys (V8 prints o['a b'] as "o.a b"), else `[key]`.
std::string property_text(const Node* key, bool computed, int depth) {
    if (!computed) return "." + render(key, depth + 1);
    if (key->kind == NodeKind::StringLiteral) return "." + utf16_to_utf8(key->as<StringLiteral>()->value);
    if (key->kind == NodeKind::TemplateLiteral) {
        const auto* literal = key->as<TemplateLiteral>();
        if (literal->expressions.empty() && literal->quasis.size() == 1 && literal->quasis[0].cooked)
            return "." + utf16_to_utf8(*literal->quasis[0].cooked);
    }
    return "[" + render(key, depth + 1) + "]";
}

} // namespace

std::string expression_text(const Node* expression) {
    return render(expression, 0);
}

} // namespace yjs
