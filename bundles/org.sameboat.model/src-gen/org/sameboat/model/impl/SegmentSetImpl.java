/**
 */
package org.sameboat.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.SegmentSet;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.impl.SegmentSetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.impl.SegmentSetImpl#getCodes <em>Codes</em>}</li>
 *   <li>{@link org.sameboat.model.impl.SegmentSetImpl#isSubcodes <em>Subcodes</em>}</li>
 *   <li>{@link org.sameboat.model.impl.SegmentSetImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.sameboat.model.impl.SegmentSetImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.sameboat.model.impl.SegmentSetImpl#getCoders <em>Coders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentSetImpl extends IdentifiedImpl implements SegmentSet {
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
	 * The cached value of the '{@link #getCodes() <em>Codes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> codes;

	/**
	 * The default value of the '{@link #isSubcodes() <em>Subcodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSubcodes()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUBCODES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSubcodes() <em>Subcodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSubcodes()
	 * @generated
	 * @ordered
	 */
	protected boolean subcodes = SUBCODES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> documents;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<Group> groups;

	/**
	 * The cached value of the '{@link #getCoders() <em>Coders</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoders()
	 * @generated
	 * @ordered
	 */
	protected EList<Coder> coders;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SameboatPackage.Literals.SEGMENT_SET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.SEGMENT_SET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getCodes() {
		if (codes == null) {
			codes = new EObjectResolvingEList<Code>(Code.class, this, SameboatPackage.SEGMENT_SET__CODES);
		}
		return codes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSubcodes() {
		return subcodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubcodes(boolean newSubcodes) {
		boolean oldSubcodes = subcodes;
		subcodes = newSubcodes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.SEGMENT_SET__SUBCODES, oldSubcodes, subcodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getDocuments() {
		if (documents == null) {
			documents = new EObjectResolvingEList<Document>(Document.class, this, SameboatPackage.SEGMENT_SET__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Group> getGroups() {
		if (groups == null) {
			groups = new EObjectResolvingEList<Group>(Group.class, this, SameboatPackage.SEGMENT_SET__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Coder> getCoders() {
		if (coders == null) {
			coders = new EObjectResolvingEList<Coder>(Coder.class, this, SameboatPackage.SEGMENT_SET__CODERS);
		}
		return coders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SameboatPackage.SEGMENT_SET__NAME:
				return getName();
			case SameboatPackage.SEGMENT_SET__CODES:
				return getCodes();
			case SameboatPackage.SEGMENT_SET__SUBCODES:
				return isSubcodes();
			case SameboatPackage.SEGMENT_SET__DOCUMENTS:
				return getDocuments();
			case SameboatPackage.SEGMENT_SET__GROUPS:
				return getGroups();
			case SameboatPackage.SEGMENT_SET__CODERS:
				return getCoders();
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
			case SameboatPackage.SEGMENT_SET__NAME:
				setName((String)newValue);
				return;
			case SameboatPackage.SEGMENT_SET__CODES:
				getCodes().clear();
				getCodes().addAll((Collection<? extends Code>)newValue);
				return;
			case SameboatPackage.SEGMENT_SET__SUBCODES:
				setSubcodes((Boolean)newValue);
				return;
			case SameboatPackage.SEGMENT_SET__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends Document>)newValue);
				return;
			case SameboatPackage.SEGMENT_SET__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends Group>)newValue);
				return;
			case SameboatPackage.SEGMENT_SET__CODERS:
				getCoders().clear();
				getCoders().addAll((Collection<? extends Coder>)newValue);
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
			case SameboatPackage.SEGMENT_SET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SameboatPackage.SEGMENT_SET__CODES:
				getCodes().clear();
				return;
			case SameboatPackage.SEGMENT_SET__SUBCODES:
				setSubcodes(SUBCODES_EDEFAULT);
				return;
			case SameboatPackage.SEGMENT_SET__DOCUMENTS:
				getDocuments().clear();
				return;
			case SameboatPackage.SEGMENT_SET__GROUPS:
				getGroups().clear();
				return;
			case SameboatPackage.SEGMENT_SET__CODERS:
				getCoders().clear();
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
			case SameboatPackage.SEGMENT_SET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SameboatPackage.SEGMENT_SET__CODES:
				return codes != null && !codes.isEmpty();
			case SameboatPackage.SEGMENT_SET__SUBCODES:
				return subcodes != SUBCODES_EDEFAULT;
			case SameboatPackage.SEGMENT_SET__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case SameboatPackage.SEGMENT_SET__GROUPS:
				return groups != null && !groups.isEmpty();
			case SameboatPackage.SEGMENT_SET__CODERS:
				return coders != null && !coders.isEmpty();
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
		result.append(", subcodes: ");
		result.append(subcodes);
		result.append(')');
		return result.toString();
	}

} //SegmentSetImpl
