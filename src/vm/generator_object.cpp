#include "vm/generator_object.h"

#include "runtime/shape.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/js_function.h"

namespace yjs {

GeneratorObject* GeneratorObject::create(VM& vm, JSFunction* callee) {
    std::uint32_t count = callee->code_block()->register_count;
    return vm.heap().allocate_with_extra<GeneratorObject>(count * sizeof(Value), Shape::create_root(vm, nullptr),
                                                          count);
}

GeneratorObject::GeneratorObject(Shape* shape, std::uint32_t register_count)
    : JSObject(shape), register_count_(register_count) {
    set_ordinary_methods(true, true);
    Value* values = registers();
    for (std::uint32_t i = 0; i < register_count; ++i) new (&values[i]) Value();
    frame_.registers = values;
    frame_.owner = this;
    frame_.kind = FrameKind::Generator;
}

void GeneratorObject::release_frame() {
    Value* values = registers();
    for (std::uint32_t i = 0; i < register_count_; ++i) values[i] = Value();
    Frame released;
    released.registers = values;
    released.owner = this;
    released.kind = FrameKind::Generator;
    frame_ = released;
}

void GeneratorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    if (frame_.code_block) frame_.visit(visitor);
    visitor.visit(delegate_);
    visitor.visit(delegator_);
    visitor.visit(chain_);
}

void GeneratorObject::link_delegate(GeneratorObject* delegate, bool return_link) {
    GeneratorObject* root = chain_root();
    delegate_ = delegate;
    delegate->delegator_ = this;
    delegate->chain_ = root;
    delegate->return_link_ = return_link;
    root->chain_ = delegate;
    if (return_link) root->has_return_links_ = true;
}

GeneratorObject* GeneratorObject::unlink_from_delegator() {
    GeneratorObject* parent = delegator_;
    GeneratorObject* root = chain_;
    parent->delegate_ = nullptr;
    delegator_ = nullptr;
    chain_ = nullptr;
    return_link_ = false;
    root->chain_ = parent == root ? nullptr : parent;
    return parent;
}

void GeneratorObject::dissolve_chain() {
    GeneratorObject* member = this;
    while (member) {
        GeneratorObject* next = member->delegate_;
        member->delegate_ = nullptr;
        member->delegator_ = nullptr;
        member->chain_ = nullptr;
        member->return_link_ = false;
        member->has_return_links_ = false;
        member = next;
    }
}

AsyncFunctionObject* AsyncFunctionObject::create(VM& vm, JSFunction* callee, const PromiseCapability& capability) {
    std::uint32_t count = callee->code_block()->register_count;
    return vm.heap().allocate_with_extra<AsyncFunctionObject>(count * sizeof(Value), count, capability);
}

AsyncFunctionObject::AsyncFunctionObject(std::uint32_t register_count, const PromiseCapability& capability)
    : register_count_(register_count), capability_(capability) {
    Value* values = registers();
    for (std::uint32_t i = 0; i < register_count; ++i) new (&values[i]) Value();
    frame_.registers = values;
    frame_.owner = this;
    frame_.kind = FrameKind::Async;
}

void AsyncFunctionObject::release_frame() {
    Value* values = registers();
    for (std::uint32_t i = 0; i < register_count_; ++i) values[i] = Value();
    Frame released;
    released.registers = values;
    released.owner = this;
    released.kind = FrameKind::Async;
    frame_ = released;
    completed_ = true;
}

void AsyncFunctionObject::visit_edges(Visitor& visitor) {
    if (frame_.code_block) frame_.visit(visitor);
    visitor.visit(capability_.promise);
    visitor.visit(capability_.resolve);
    visitor.visit(capability_.reject);
}

AsyncGeneratorObject* AsyncGeneratorObject::create(VM& vm, JSFunction* callee) {
    std::uint32_t count = callee->code_block()->register_count;
    return vm.heap().allocate_with_extra<AsyncGeneratorObject>(count * sizeof(Value), Shape::create_root(vm, nullptr),
                                                               count);
}

AsyncGeneratorObject::AsyncGeneratorObject(Shape* shape, std::uint32_t register_count)
    : JSObject(shape), register_count_(register_count) {
    set_ordinary_methods(true, true);
    Value* values = registers();
    for (std::uint32_t i = 0; i < register_count; ++i) new (&values[i]) Value();
    frame_.registers = values;
    frame_.owner = this;
    frame_.kind = FrameKind::AsyncGenerator;
}

void AsyncGeneratorObject::release_frame() {
    Value* values = registers();
    for (std::uint32_t i = 0; i < register_count_; ++i) values[i] = Value();
    Frame released;
    released.registers = values;
    released.owner = this;
    released.kind = FrameKind::AsyncGenerator;
    frame_ = released;
}

void AsyncGeneratorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    if (frame_.code_block) frame_.visit(visitor);
    for (const Request& request : queue_) {
        visitor.visit(request.value);
        visitor.visit(request.capability.promise);
        visitor.visit(request.capability.resolve);
        visitor.visit(request.capability.reject);
    }
}

} // namespace yjs
