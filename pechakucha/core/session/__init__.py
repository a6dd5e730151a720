"""Session files: the model (model), what a file may contain and its named errors (schema),
reading (read), saving, the one save path (write), text fields (text), the budget solver
(budget), translatable messages (messages).
"""
