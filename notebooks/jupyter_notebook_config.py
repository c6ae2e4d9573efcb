# Jupyter Notebook settings for `npm run notebooks` (scripts/notebooks-serve.sh).
#
# Notebooks are committed without outputs (the test suite checks it): clear
# every output and execution count when a notebook is saved, so that running
# one and saving it leaves nothing to undo before a commit. Outputs live in
# the exported pages of `npm run notebooks:check` (data/reports/notebooks/).


def clear_outputs(model, **kwargs):
    if model.get("type") != "notebook":
        return
    for cell in model["content"].get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
            cell.get("metadata", {}).pop("execution", None)


c = get_config()  # noqa: F821 (provided by Jupyter when it reads this file)
c.FileContentsManager.pre_save_hook = clear_outputs
