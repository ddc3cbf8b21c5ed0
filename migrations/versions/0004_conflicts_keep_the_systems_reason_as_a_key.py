"""conflicts keep the system's reason as a key and parameters

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:12:40.118263

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    # Nullable and not filled in: conflicts found before keep their English sentence in
    # `reason`, which the pages show as it is.
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('system_reason', sa.JSON(), nullable=True))


# The English of the system's reasons as this revision writes them (award.texts), kept here so
# that a downgrade still reads the same whatever the code says later.
ENGLISH = {
    'conflict.nominator': 'The reviewer made this nomination.',
    'conflict.organisation': 'Same organisation as the nominee or nominator (%(organisation)s).',
    'conflict.email_domain': 'Same e-mail domain (%(domain)s).',
    'conflict.country': "The reviewer's country is the nomination's (%(country)s).",
}


def downgrade():
    # The previous schema kept the sentence itself: write it back in English before the column
    # goes, so that no conflict loses its reason.
    conflicts = sa.table(
        'conflicts',
        sa.column('id', sa.Integer),
        sa.column('reason', sa.Text),
        sa.column('system_reason', sa.JSON),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(conflicts.c.id, conflicts.c.system_reason).where(
            conflicts.c.system_reason.is_not(None)
        )
    ).all()
    for row_id, stored in rows:
        if not isinstance(stored, dict) or stored.get('key') not in ENGLISH:
            continue
        params = {k: str(v) for k, v in (stored.get('params') or {}).items()}
        connection.execute(
            conflicts.update()
            .where(conflicts.c.id == row_id)
            .values(reason=ENGLISH[stored['key']] % params)
        )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_column('system_reason')
