/**
 */
package org.sameboat.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.Case;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Memo;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.SegmentSet;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getCodebooks <em>Codebooks</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getCoders <em>Coders</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getAttributeDefinitions <em>Attribute Definitions</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getMemos <em>Memos</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.sameboat.model.impl.ProjectImpl#getSegmentSets <em>Segment Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends IdentifiedImpl implements Project {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCodebooks() <em>Codebooks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodebooks()
	 * @generated
	 * @ordered
	 */
	protected EList<Codebook> codebooks;

	/**
	 * The cached value of the '{@link #getCoders() <em>Coders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoders()
	 * @generated
	 * @ordered
	 */
	protected EList<Coder> coders;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<Group> groups;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * The cached value of the '{@link #getAttributeDefinitions() <em>Attribute Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeDefinition> attributeDefinitions;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> documents;

	/**
	 * The cached value of the '{@link #getMemos() <em>Memos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemos()
	 * @generated
	 * @ordered
	 */
	protected EList<Memo> memos;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getSegmentSets() <em>Segment Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentSets()
	 * @generated
	 * @ordered
	 */
	protected EList<SegmentSet> segmentSets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SameboatPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.PROJECT__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Codebook> getCodebooks() {
		if (codebooks == null) {
			codebooks = new EObjectContainmentEList<Codebook>(Codebook.class, this, SameboatPackage.PROJECT__CODEBOOKS);
		}
		return codebooks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coder> getCoders() {
		if (coders == null) {
			coders = new EObjectContainmentEList<Coder>(Coder.class, this, SameboatPackage.PROJECT__CODERS);
		}
		return coders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Group> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<Group>(Group.class, this, SameboatPackage.PROJECT__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, SameboatPackage.PROJECT__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeDefinition> getAttributeDefinitions() {
		if (attributeDefinitions == null) {
			attributeDefinitions = new EObjectContainmentEList<AttributeDefinition>(AttributeDefinition.class, this, SameboatPackage.PROJECT__ATTRIBUTE_DEFINITIONS);
		}
		return attributeDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<Document>(Document.class, this, SameboatPackage.PROJECT__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Memo> getMemos() {
		if (memos == null) {
			memos = new EObjectContainmentEList<Memo>(Memo.class, this, SameboatPackage.PROJECT__MEMOS);
		}
		return memos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<Case>(Case.class, this, SameboatPackage.PROJECT__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SegmentSet> getSegmentSets() {
		if (segmentSets == null) {
			segmentSets = new EObjectContainmentEList<SegmentSet>(SegmentSet.class, this, SameboatPackage.PROJECT__SEGMENT_SETS);
		}
		return segmentSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SameboatPackage.PROJECT__CODEBOOKS:
				return ((InternalEList<?>)getCodebooks()).basicRemove(otherEnd, msgs);
			case SameboatPackage.PROJECT__CODERS:
				return ((InternalEList<?>)getCoders()).basicRemove(otherEnd, msgs);
			case SameboatPackage.PROJECT__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case SameboatPackage.PROJECT__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
			case SameboatPackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				return ((InternalEList<?>)getAttributeDefinitions()).basicRemove(otherEnd, msgs);
			case SameboatPackage.PROJECT__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case SameboatPackage.PROJECT__MEMOS:
				return ((InternalEList<?>)getMemos()).basicRemove(otherEnd, msgs);
			case SameboatPackage.PROJECT__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case SameboatPackage.PROJECT__SEGMENT_SETS:
				return ((InternalEList<?>)getSegmentSets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SameboatPackage.PROJECT__NAME:
				return getName();
			case SameboatPackage.PROJECT__DESCRIPTION:
				return getDescription();
			case SameboatPackage.PROJECT__FORMAT_VERSION:
				return getFormatVersion();
			case SameboatPackage.PROJECT__CODEBOOKS:
				return getCodebooks();
			case SameboatPackage.PROJECT__CODERS:
				return getCoders();
			case SameboatPackage.PROJECT__GROUPS:
				return getGroups();
			case SameboatPackage.PROJECT__PARTICIPANTS:
				return getParticipants();
			case SameboatPackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				return getAttributeDefinitions();
			case SameboatPackage.PROJECT__DOCUMENTS:
				return getDocuments();
			case SameboatPackage.PROJECT__MEMOS:
				return getMemos();
			case SameboatPackage.PROJECT__CASES:
				return getCases();
			case SameboatPackage.PROJECT__SEGMENT_SETS:
				return getSegmentSets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SameboatPackage.PROJECT__NAME:
				setName((String)newValue);
				return;
			case SameboatPackage.PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SameboatPackage.PROJECT__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case SameboatPackage.PROJECT__CODEBOOKS:
				getCodebooks().clear();
				getCodebooks().addAll((Collection<? extends Codebook>)newValue);
				return;
			case SameboatPackage.PROJECT__CODERS:
				getCoders().clear();
				getCoders().addAll((Collection<? extends Coder>)newValue);
				return;
			case SameboatPackage.PROJECT__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends Group>)newValue);
				return;
			case SameboatPackage.PROJECT__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
				return;
			case SameboatPackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				getAttributeDefinitions().clear();
				getAttributeDefinitions().addAll((Collection<? extends AttributeDefinition>)newValue);
				return;
			case SameboatPackage.PROJECT__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends Document>)newValue);
				return;
			case SameboatPackage.PROJECT__MEMOS:
				getMemos().clear();
				getMemos().addAll((Collection<? extends Memo>)newValue);
				return;
			case SameboatPackage.PROJECT__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case SameboatPackage.PROJECT__SEGMENT_SETS:
				getSegmentSets().clear();
				getSegmentSets().addAll((Collection<? extends SegmentSet>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SameboatPackage.PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SameboatPackage.PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SameboatPackage.PROJECT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case SameboatPackage.PROJECT__CODEBOOKS:
				getCodebooks().clear();
				return;
			case SameboatPackage.PROJECT__CODERS:
				getCoders().clear();
				return;
			case SameboatPackage.PROJECT__GROUPS:
				getGroups().clear();
				return;
			case SameboatPackage.PROJECT__PARTICIPANTS:
				getParticipants().clear();
				return;
			case SameboatPackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				getAttributeDefinitions().clear();
				return;
			case SameboatPackage.PROJECT__DOCUMENTS:
				getDocuments().clear();
				return;
			case SameboatPackage.PROJECT__MEMOS:
				getMemos().clear();
				return;
			case SameboatPackage.PROJECT__CASES:
				getCases().clear();
				return;
			case SameboatPackage.PROJECT__SEGMENT_SETS:
				getSegmentSets().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SameboatPackage.PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SameboatPackage.PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SameboatPackage.PROJECT__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case SameboatPackage.PROJECT__CODEBOOKS:
				return codebooks != null && !codebooks.isEmpty();
			case SameboatPackage.PROJECT__CODERS:
				return coders != null && !coders.isEmpty();
			case SameboatPackage.PROJECT__GROUPS:
				return groups != null && !groups.isEmpty();
			case SameboatPackage.PROJECT__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case SameboatPackage.PROJECT__ATTRIBUTE_DEFINITIONS:
				return attributeDefinitions != null && !attributeDefinitions.isEmpty();
			case SameboatPackage.PROJECT__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case SameboatPackage.PROJECT__MEMOS:
				return memos != null && !memos.isEmpty();
			case SameboatPackage.PROJECT__CASES:
				return cases != null && !cases.isEmpty();
			case SameboatPackage.PROJECT__SEGMENT_SETS:
				return segmentSets != null && !segmentSets.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
