"""Session files: the model (model), reading with named errors (read), saving (write), text fields
(text), the budget solver (budget), translatable messages (messages).
"""
