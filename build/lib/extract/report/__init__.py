"""The review page of a run (`page`): each deck's status and checks, the budgets and their charts."""
